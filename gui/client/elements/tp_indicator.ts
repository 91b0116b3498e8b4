/**
 * `<|{label}|indicator|value={level}|min=0|max=100|>`: a red-to-green scale with the label placed at
 * `value`. The scale always runs red to green from its start (`min`) to its end (`max`): with `min > max`
 * high values sit at the red start.
 */
import { html } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { toText } from "../coerce.ts";
import { formatValue } from "../format_value.ts";
import { scaleFraction } from "../scale_fraction.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `indicator` element. */
export class TpIndicator extends TapirElement {
  protected override renderElement(): unknown {
    const min = this.propNumber("min", 0);
    const max = this.propNumber("max", 100);
    const value = this.propNumber("value", min);
    const vertical = this.propText("orientation").toLowerCase().startsWith("v");
    const format = this.propText("format");
    const display = this.prop("display");
    const label = formatValue(display, format === "" ? undefined : format);
    const percent = `${scaleFraction(value, min, max) * 100}%`;
    // Vertical scales grow upwards, as a thermometer does.
    const place = styleMap(vertical ? { bottom: percent } : { left: percent });
    return html`<div
      class="tp-indicator${vertical ? " tp-vertical" : ""}"
      role="meter"
      aria-valuemin=${Math.min(min, max)}
      aria-valuemax=${Math.max(min, max)}
      aria-valuenow=${Math.min(Math.max(value, Math.min(min, max)), Math.max(min, max))}
      aria-valuetext=${label === "" ? toText(value) : label}
      aria-orientation=${vertical ? "vertical" : "horizontal"}
      style=${this.sizeStyle(vertical ? "height" : "width")}
    ><div class="tp-indicator-scale"></div><span class="tp-indicator-marker" style=${place}><span
          class="tp-indicator-label"
        >${label}</span></span></div>`;
  }
}

if (!customElements.get("tp-indicator")) customElements.define("tp-indicator", TpIndicator);
