/**
 * `<|card|` ... `|>`: a block around server-rendered content. It draws nothing of its own: the content
 * stays the block's own children, `render` hides it (Taipy renders nothing then), and `width` and `height`
 * size it through the CSSOM, never through a style attribute.
 */
import { nothing } from "lit";
import { toCssLength } from "../coerce.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `part` element. */
export class TpPart extends TapirElement {
  protected override renderElement(): unknown {
    this.hidden = !this.propBoolean("render", true);
    this.style.setProperty("width", toCssLength(this.prop("width")) || null);
    this.style.setProperty("height", toCssLength(this.prop("height")) || null);
    return nothing;
  }
}

if (!customElements.get("tp-part")) customElements.define("tp-part", TpPart);
