/**
 * `<|layout|columns=1 2|` ... `|>`: its server-rendered children are the cells of a CSS grid. The columns
 * differ per element, so they are set as custom properties through the CSSOM (no style attribute), which
 * the stylesheet's grid rules and its narrow-screen media query read.
 */
import { nothing } from "lit";
import { layoutColumns } from "../layout_columns.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `layout` element. */
export class TpLayout extends TapirElement {
  protected override renderElement(): unknown {
    this.style.setProperty("--tp-layout-columns", layoutColumns(this.propText("columns")));
    this.style.setProperty(
      "--tp-layout-columns-mobile",
      layoutColumns(this.propText("columns[mobile]"), "1fr"),
    );
    const gap = this.propText("gap").trim();
    this.style.setProperty("--tp-layout-gap", gap === "" ? null : gap);
    return nothing;
  }
}

if (!customElements.get("tp-layout")) customElements.define("tp-layout", TpLayout);
