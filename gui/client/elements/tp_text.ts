/**
 * `<|{value}|text|format=%.2f|mode=pre|>`: shows a value as text. Values are always text nodes, never
 * HTML, whatever they contain.
 */
import { html } from "lit";
import { formatValue } from "../format_value.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `text` element. */
export class TpText extends TapirElement {
  protected override renderElement(): unknown {
    const format = this.propText("format");
    const text = formatValue(this.prop("value"), format === "" ? undefined : format);
    const style = this.sizeStyle();
    if (this.propText("mode") === "pre") return html`<pre class="tp-text" style=${style}>${text}</pre>`;
    return html`<span class="tp-text" style=${style}>${text}</span>`;
  }
}

if (!customElements.get("tp-text")) customElements.define("tp-text", TpText);
