/**
 * `<|{messages}|chat|users={users}|sender_id=me|on_action=send|>`: the conversation, oldest at the top and
 * newest at the bottom, in a live region (`role="log"`) so that screen readers read new messages, then a
 * field to write in. Enter or the Send button sends `{ text, senderId, args: [reason, key, text, senderId] }`
 * as the element's action; the app adds the message to the list, which comes back as a new value.
 */
import { html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { chatUserNames, toChatMessages } from "../chat_messages.ts";
import { toCssLength } from "../coerce.ts";
import { TapirElement } from "../tapir_element.ts";

const DEFAULT_SENDER = "taipy";
const DEFAULT_PAGE_SIZE = 50;

/** The `chat` element. */
export class TpChat extends TapirElement {
  /** How many pages of messages, counted from the newest, are shown. */
  #pages = 1;
  /** The id of the newest message shown, to scroll down only when a new one arrives. */
  #newestId: string | undefined;

  protected override renderElement(): unknown {
    const messages = toChatMessages(this.prop("messages"));
    const names = chatUserNames(this.prop("users"));
    const me = this.propText("sender_id", DEFAULT_SENDER);
    const showSender = this.propBoolean("show_sender", false);
    const pageSize = Math.max(1, this.propNumber("page_size", DEFAULT_PAGE_SIZE));
    const first = Math.max(0, messages.length - this.#pages * pageSize);
    const height = toCssLength(this.prop("height"));
    return html`<div class="tp-chat">${
      first > 0
        ? html`<button type="button" class="tp-chat-more" @click=${this.#showEarlier}>Show earlier messages</button>`
        : nothing
    }<div
        class="tp-chat-messages"
        role="log"
        aria-label="Messages"
        tabindex="0"
        style=${styleMap({ maxHeight: height === "" ? undefined : height })}
      >${
      messages.slice(first).map((message) => {
        const own = message.senderId === me;
        const name = names.get(message.senderId) ?? message.senderId;
        const sender = own && !showSender ? nothing : html`<span class="tp-chat-sender">${name}</span>`;
        return html`<div class="tp-chat-message ${own ? "tp-chat-own" : "tp-chat-other"}" data-id=${message.id}>${sender}<p
            class="tp-chat-text"
          >${message.text}</p></div>`;
      })
    }</div>${this.propBoolean("with_input", true) ? this.#renderInput(me) : nothing}</div>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const log = this.querySelector<HTMLElement>(".tp-chat-messages");
    const newest = log?.lastElementChild?.getAttribute("data-id") ?? undefined;
    if (log === null || newest === this.#newestId) return;
    this.#newestId = newest;
    log.scrollTop = log.scrollHeight;
  }

  #renderInput(me: string): unknown {
    return html`<form class="tp-chat-input" @submit=${(event: SubmitEvent) => this.#onSubmit(event, me)}>
      <input
        class="tp-input-control"
        name="message"
        aria-label="Message"
        placeholder="Write a message"
        autocomplete="off"
        ?disabled=${!this.isActive()}
        @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, me)}
      /><button type="submit" class="tp-button" ?disabled=${!this.isActive()}>Send</button>
    </form>`;
  }

  #showEarlier = (): void => {
    this.#pages += 1;
    this.requestUpdate();
  };

  #onKeyDown(event: KeyboardEvent, me: string): void {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    // Handled here rather than by the form's implicit submission, so the action knows it was Enter.
    event.preventDefault();
    this.#send(event.target as HTMLInputElement, "Enter", me);
  }

  #onSubmit(event: SubmitEvent, me: string): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem("message");
    if (input instanceof HTMLInputElement) this.#send(input, "click", me);
  }

  #send(input: HTMLInputElement, reason: "Enter" | "click", me: string): void {
    const text = input.value;
    if (text.trim() === "") return;
    input.value = "";
    const key = this.descriptor.bindings["messages"] ?? "";
    this.act({ text, senderId: me, args: [reason, key, text, me] });
  }
}

if (!customElements.get("tp-chat")) customElements.define("tp-chat", TpChat);
