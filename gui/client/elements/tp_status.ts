/**
 * `<|{statuses}|status|>`: one chip per status, coloured by its kind, with a button to close it unless
 * `without_close` is set. Closing hides the chip in this tab only; a new value from the server shows
 * every status again.
 */
import { html, nothing } from "lit";
import { toStatusItems } from "../status_items.ts";
import type { StatusItem } from "../status_items.ts";
import { TapirElement } from "../tapir_element.ts";

const KIND_LETTERS: Readonly<Record<StatusItem["kind"], string>> = {
  info: "i",
  success: "✓",
  warning: "!",
  error: "✕",
};

/** The `status` element. */
export class TpStatus extends TapirElement {
  /** Indexes of the statuses closed since the value last changed. */
  #closed = new Set<number>();
  #shownValue: unknown;

  protected override renderElement(): unknown {
    const value = this.prop("value");
    if (value !== this.#shownValue) {
      this.#shownValue = value;
      this.#closed = new Set();
    }
    const closable = !this.propBoolean("without_close", false);
    const items = toStatusItems(value).map((item, index) => ({ item, index }))
      .filter(({ index }) => !this.#closed.has(index));
    return html`<div class="tp-status" role="status"><ul class="tp-status-list">${
      items.map(({ item, index }) =>
        html`<li class="tp-status-item tp-status-${item.kind}"><span class="tp-status-icon" aria-hidden="true">${
          KIND_LETTERS[item.kind]
        }</span><span class="tp-visually-hidden">${item.kind}: </span><span class="tp-status-message">${item.message}</span>${
          closable
            ? html`<button
              type="button"
              class="tp-status-close"
              aria-label=${`Close ${item.kind}: ${item.message}`}
              @click=${() => this.#close(index)}
            >×</button>`
            : nothing
        }</li>`
      )
    }</ul></div>`;
  }

  #close(index: number): void {
    this.#closed.add(index);
    this.requestUpdate();
  }
}

if (!customElements.get("tp-status")) customElements.define("tp-status", TpStatus);
