/**
 * `<|{show}|pane|anchor=right|` ... `|>`: a side pane around the block's server-rendered content. By default
 * a native modal `<dialog>` drawn as a sheet along one edge (Escape or a click outside closes it); with
 * `persistent`, a panel in the page's flow that stays until the app closes it. Closing writes `open` back
 * as false, or, when `on_close` names a callback, sends the action `{ action: "close" }` instead.
 */
import { html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { adoptChildren } from "../block_body.ts";
import { toCssLength } from "../coerce.ts";
import { TapirElement } from "../tapir_element.ts";

const ANCHORS = new Set(["left", "right", "top", "bottom"]);

/** The `pane` element. */
export class TpPane extends TapirElement {
  #body: HTMLDivElement | undefined;
  #wantOpen = false;

  override connectedCallback(): void {
    this.#body ??= adoptChildren(this, "tp-pane-body");
    super.connectedCallback();
  }

  protected override renderElement(): unknown {
    const open = this.propBoolean("open", false);
    this.#wantOpen = open;
    const anchor = ANCHORS.has(this.propText("anchor")) ? this.propText("anchor") : "left";
    const horizontal = anchor === "left" || anchor === "right";
    const size = styleMap(
      horizontal
        ? { width: toCssLength(this.prop("width")) || undefined }
        : { height: toCssLength(this.prop("height")) || undefined },
    );
    const opener = this.propBoolean("show_button", false) && !open
      ? html`
        <button type="button" class="tp-pane-button" aria-label="Open" ?disabled=${!this.isActive()}
          @click=${() => this.write("open", true)}>☰</button>
      `
      : nothing;
    if (this.propBoolean("persistent", false)) {
      return html`
        ${opener}<aside class="tp-pane-panel" data-anchor=${anchor} style=${size}
          ?hidden=${!open}>${this
            .#body}</aside>
      `;
    }
    return html`
      ${opener}<dialog
        class="tp-pane-sheet"
        data-anchor=${anchor}
        style=${size}
        @cancel=${this.#onCancel}
        @click=${this.#onClick}
      >
        <div class="tp-pane-frame">${this.#body}</div>
      </dialog>
    `;
  }

  protected override updated(): void {
    const sheet = this.querySelector<HTMLDialogElement>(":scope > dialog.tp-pane-sheet");
    if (sheet === null) return;
    if (this.#wantOpen && !sheet.open && this.isConnected) sheet.showModal();
    else if (!this.#wantOpen && sheet.open) sheet.close();
  }

  #close(): void {
    if (!this.isActive()) return;
    if (this.descriptor.props["on_close"] !== undefined) this.act({ action: "close" });
    else this.write("open", false);
  }

  #onCancel = (event: Event): void => {
    // The app's value decides; a cancel that cannot be prevented closes the sheet, which #close agrees to.
    if (event.cancelable) event.preventDefault();
    this.#close();
  };

  /** The frame fills the sheet, so a click whose target is the dialog itself is on the backdrop. */
  #onClick = (event: Event): void => {
    if (event.target === event.currentTarget) this.#close();
  };
}

if (!customElements.get("tp-pane")) customElements.define("tp-pane", TpPane);
