/**
 * `<|{show}|dialog|title=Confirm|labels=OK;Cancel|on_action=answered|` ... `|>`: a native modal `<dialog>`
 * (the rest of the page is inert and focus stays inside) around the block's server-rendered content.
 *
 * Every way out reports to the server and nothing closes by itself, as in Taipy: a button sends the action
 * with `{ args: [index] }`, the close button, Escape and a click on the backdrop with `{ args: [-1] }`; the
 * app's callback closes the dialog by setting `open` to false.
 */
import { html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { adoptChildren } from "../block_body.ts";
import { toCssLength } from "../coerce.ts";
import { toLov } from "../lov.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `dialog` element. */
export class TpDialog extends TapirElement {
  #body: HTMLDivElement | undefined;
  #wantOpen = false;
  /** Set when the browser closed the dialog against the app's will (a second Escape): stay closed. */
  #dismissed = false;

  override connectedCallback(): void {
    this.#body ??= adoptChildren(this, "tp-dialog-body");
    super.connectedCallback();
  }

  protected override renderElement(): unknown {
    const open = this.propBoolean("open", false);
    if (!open) this.#dismissed = false;
    this.#wantOpen = open;
    const title = this.propText("title");
    const closeLabel = this.propText("close_label", "Close");
    const labels = toLov(this.prop("labels")).map((item) => item.label);
    const disabled = !this.isActive();
    const titleId = `tp-dialog-title-${this.index}`;
    const size = styleMap({
      width: toCssLength(this.prop("width")) || undefined,
      height: toCssLength(this.prop("height")) || undefined,
    });
    return html`
      <dialog
        class="tp-dialog"
        style=${size}
        aria-labelledby=${title === "" ? nothing : titleId}
        @cancel=${this.#onCancel}
        @close=${this.#onClose}
        @click=${this.#onClick}
      >
        <div class="tp-dialog-frame">
            <header class="tp-dialog-header">
              <h2 class="tp-dialog-title" id=${titleId}>${title}</h2>
              <button type="button" class="tp-dialog-close" aria-label=${closeLabel} title=${closeLabel}
                @click=${() => this.#answer(-1)}>×</button>
            </header>
            ${this.#body}
            ${labels.length === 0
              ? nothing
              : html`<footer class="tp-dialog-actions">${
                labels.map((label, index) =>
                  html`<button type="button" class="tp-button" ?disabled=${disabled} @click=${() =>
                    this.#answer(index)}>${label}</button>`
                )
              }</footer>`}
          </div>
      </dialog>
    `;
  }

  protected override updated(): void {
    const dialog = this.#dialog();
    if (dialog === null) return;
    if (this.#wantOpen && !this.#dismissed && !dialog.open && this.isConnected) dialog.showModal();
    else if (!this.#wantOpen && dialog.open) dialog.close();
  }

  #dialog(): HTMLDialogElement | null {
    return this.querySelector(":scope > dialog.tp-dialog");
  }

  #answer(index: number): void {
    this.act({ args: [index] });
  }

  // Escape: keep the dialog open and let the app decide. Browsers refuse a second cancel in a row
  // without a user gesture; the dialog then closes and #onClose reports it.
  #onCancel = (event: Event): void => {
    if (!event.cancelable) return;
    event.preventDefault();
    this.#answer(-1);
  };

  #onClose = (): void => {
    if (!this.#wantOpen || this.#dismissed) return;
    this.#dismissed = true;
    this.#answer(-1);
  };

  /** The frame fills the dialog, so a click whose target is the dialog itself is on the backdrop. */
  #onClick = (event: Event): void => {
    if (event.target === this.#dialog()) this.#answer(-1);
  };
}

if (!customElements.get("tp-dialog")) customElements.define("tp-dialog", TpDialog);
