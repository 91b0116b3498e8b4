/** `<|Press me|button|on_action=go|>`: a native button that sends the element's action. */
import { html } from "lit";
import { TapirElement } from "../tapir_element.ts";

/** The `button` element. */
export class TpButton extends TapirElement {
  protected override renderElement(): unknown {
    return html`<button
      type="button"
      class="tp-button"
      style=${this.sizeStyle()}
      ?disabled=${!this.isActive()}
      @click=${() => this.act()}
    >${this.propText("label")}</button>`;
  }
}

if (!customElements.get("tp-button")) customElements.define("tp-button", TpButton);
