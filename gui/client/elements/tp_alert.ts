/**
 * `<|{problem}|alert|severity=warning|>`: a message in a coloured box with `role="alert"`, so that screen
 * readers announce it when it appears or changes. Hidden while the message is empty or `render` is false.
 */
import { html, nothing } from "lit";
import { TapirElement } from "../tapir_element.ts";

const SEVERITIES = new Set(["error", "warning", "info", "success"]);

/** The `alert` element. */
export class TpAlert extends TapirElement {
  protected override renderElement(): unknown {
    const message = this.propText("message");
    const severityText = this.propText("severity").trim().toLowerCase();
    const severity = SEVERITIES.has(severityText) ? severityText : "error";
    const variant = this.propText("variant").trim().toLowerCase() === "outlined" ? "outlined" : "filled";
    const hidden = message === "" || !this.propBoolean("render", true);
    // The live region stays in the page while hidden, so that a message that appears later is announced.
    return html`<div class="tp-alert tp-alert-${severity} tp-alert-${variant}" role="alert" ?hidden=${hidden}>${
      hidden ? nothing : html`<span class="tp-alert-message">${message}</span>`
    }</div>`;
  }
}

if (!customElements.get("tp-alert")) customElements.define("tp-alert", TpAlert);
