/**
 * `<|{name}|input|label=Name|change_delay=300|action_keys=Enter;Escape|>`: a native text field whose
 * value goes back to the server once the user pauses typing.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { toText } from "../coerce.ts";
import { DelayedCall } from "../delayed_call.ts";
import { TapirElement } from "../tapir_element.ts";

const DEFAULT_CHANGE_DELAY_MS = 300;

/** The `input` element. */
export class TpInput extends TapirElement {
  /** What the user typed and the server has not been sent yet; shown instead of the stored value. */
  #draft: string | undefined;
  readonly #send = new DelayedCall<string>((value) => {
    this.#draft = undefined;
    this.write("value", value);
  });

  protected override renderElement(): unknown {
    const value = this.#draft ?? this.propText("value");
    const label = this.propText("label");
    const disabled = !this.isActive();
    const control = this.propBoolean("multiline", false)
      ? html`<textarea
          class="tp-input-control"
          rows=${this.propNumber("lines_shown", 5)}
          .value=${live(value)}
          ?disabled=${disabled}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @blur=${this.#onBlur}
        ></textarea>`
      : html`<input
          class="tp-input-control"
          type=${this.#inputType()}
          .value=${live(value)}
          ?disabled=${disabled}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @blur=${this.#onBlur}
        />`;
    return html`<label class="tp-field" style=${this.sizeStyle()}>${
      label === "" ? nothing : html`<span class="tp-field-label">${label}</span>`
    }${control}</label>`;
  }

  override disconnectedCallback(): void {
    // Leaving the page with text still held back would lose it.
    this.#send.flush();
    super.disconnectedCallback();
  }

  #inputType(): string {
    if (this.propBoolean("password", false)) return "password";
    const type = this.propText("type");
    return type === "" ? "text" : type;
  }

  #changeDelay(): number {
    return this.propNumber("change_delay", DEFAULT_CHANGE_DELAY_MS);
  }

  #onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.#draft = value;
    const delay = this.#changeDelay();
    // change_delay=-1: nothing goes out until an action key is pressed.
    if (delay === -1) this.#send.hold(value);
    else this.#send.debounce(value, delay);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    if (!this.#actionKeys().includes(event.key)) return;
    const hasAction = this.descriptor.action === true;
    // In a text area Enter types a new line unless the element has an action to run.
    if (event.target instanceof HTMLTextAreaElement && event.key === "Enter" && !hasAction) return;
    this.#send.flush();
    if (hasAction) {
      event.preventDefault();
      this.act({ key: event.key });
    }
  };

  /** `action_keys` arrives as a list when static ("Enter;Escape"), and may be bound to text or a list. */
  #actionKeys(): string[] {
    const keys = this.prop("action_keys", "Enter");
    const list = Array.isArray(keys) ? keys.map((key) => toText(key)) : toText(keys).split(";");
    return list.map((key) => key.trim());
  }

  #onBlur = (): void => {
    if (this.#changeDelay() !== -1) this.#send.flush();
  };
}

if (!customElements.get("tp-input")) customElements.define("tp-input", TpInput);
