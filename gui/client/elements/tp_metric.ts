/**
 * `<|{sales}|metric|min=0|max=500|delta={change}|threshold=400|title=Sales|>`: a number on a gauge drawn
 * in SVG (a half-circle arc, or a bar with `type=linear`, or no gauge with `type=none`), with the change
 * since last time (`delta`) shown as an arrow in green or red, and a mark at `threshold`.
 */
import { html, nothing, svg } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { toCssLength } from "../coerce.ts";
import { formatValue } from "../format_value.ts";
import { GAUGE_HEIGHT, GAUGE_RADIUS, GAUGE_WIDTH, gaugeArc, gaugePoint } from "../gauge_arc.ts";
import { scaleFraction } from "../scale_fraction.ts";
import { TapirElement } from "../tapir_element.ts";

const LINEAR_WIDTH = 200;
const LINEAR_HEIGHT = 24;

/** The `metric` element. */
export class TpMetric extends TapirElement {
  protected override renderElement(): unknown {
    const min = this.propNumber("min", 0);
    const max = this.propNumber("max", 100);
    const value = this.propNumber("value", null);
    const format = this.propText("format");
    const shown = value === null ? "–" : formatValue(value, format === "" ? undefined : format);
    const title = this.propText("title");
    const type = this.propText("type", "circular");
    const fraction = value === null ? 0 : scaleFraction(value, min, max);
    const threshold = this.propNumber("threshold", null);
    const thresholdAt = threshold === null ? undefined : scaleFraction(threshold, min, max);
    const gauge = type === "none"
      ? nothing
      : type === "linear"
      ? this.#linearGauge(fraction, thresholdAt)
      : this.#circularGauge(fraction, thresholdAt);
    const figure = this.propBoolean("show_value", true) ? html`<span class="tp-metric-value">${shown}</span>` : nothing;
    return html`<div
      class="tp-metric tp-metric-${type === "linear" || type === "none" ? type : "circular"}"
      role="meter"
      aria-label=${title === "" ? nothing : title}
      aria-valuemin=${Math.min(min, max)}
      aria-valuemax=${Math.max(min, max)}
      aria-valuenow=${value ?? nothing}
      aria-valuetext=${shown}
      style=${this.#sizes()}
    >${title === "" ? nothing : html`<div class="tp-metric-title">${title}</div>`}${gauge}<div
        class="tp-metric-figures"
      >${figure}${this.#delta()}</div></div>`;
  }

  #circularGauge(fraction: number, thresholdAt: number | undefined): unknown {
    const inner = thresholdAt === undefined ? undefined : gaugePoint(thresholdAt, GAUGE_RADIUS - 16);
    const outer = thresholdAt === undefined ? undefined : gaugePoint(thresholdAt, GAUGE_RADIUS + 16);
    return html`<svg class="tp-metric-gauge" viewBox="0 0 ${GAUGE_WIDTH} ${GAUGE_HEIGHT}" aria-hidden="true">
      <path class="tp-metric-track" d=${gaugeArc(0, 1)}></path>
      <path class="tp-metric-bar" d=${gaugeArc(0, fraction)} style=${this.#barStyle("stroke")}></path>
      ${
      inner === undefined || outer === undefined
        ? nothing
        : svg`<line class="tp-metric-threshold" x1=${inner.x} y1=${inner.y} x2=${outer.x} y2=${outer.y}></line>`
    }</svg>`;
  }

  #linearGauge(fraction: number, thresholdAt: number | undefined): unknown {
    const x = thresholdAt === undefined ? undefined : thresholdAt * LINEAR_WIDTH;
    return html`<svg class="tp-metric-gauge" viewBox="0 0 ${LINEAR_WIDTH} ${LINEAR_HEIGHT}" aria-hidden="true">
      <rect class="tp-metric-track" x="0" y="6" width=${LINEAR_WIDTH} height="12" rx="6"></rect>
      <rect class="tp-metric-bar" x="0" y="6" width=${fraction * LINEAR_WIDTH} height="12" rx="6"
        style=${this.#barStyle("fill")}></rect>
      ${
      x === undefined
        ? nothing
        : svg`<line class="tp-metric-threshold" x1=${x} y1="0" x2=${x} y2=${LINEAR_HEIGHT}></line>`
    }</svg>`;
  }

  #delta(): unknown {
    const delta = this.propNumber("delta", null);
    if (delta === null) return nothing;
    const format = this.propText("delta_format");
    const direction = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
    const arrow = direction === "up" ? "▲" : direction === "down" ? "▼" : "";
    const amount = formatValue(Math.abs(delta), format === "" ? undefined : format);
    const words = direction === "up" ? "up" : direction === "down" ? "down" : "unchanged";
    return html`<span
      class="tp-metric-delta tp-delta-${direction}${this.#inverted() ? " tp-delta-inverted" : ""}"
      style=${styleMap({ color: this.#deltaColor(direction) })}
    ><span aria-hidden="true">${arrow}</span><span class="tp-visually-hidden">${words} </span>${amount}</span>`;
  }

  #inverted(): boolean {
    return this.propText("delta_color").trim().toLowerCase() === "invert";
  }

  /** A colour the page asked for, or undefined for the stylesheet's green (up) and red (down). */
  #deltaColor(direction: "up" | "down" | "flat"): string | undefined {
    if (direction === "flat") return undefined;
    const color = this.#inverted() ? "" : this.propText("delta_color").trim();
    const negative = this.propText("negative_delta_color").trim();
    // As in Taipy: delta_color colours every delta unless negative_delta_color takes the negative ones.
    const chosen = direction === "down" && negative !== "" ? negative : color;
    return chosen === "" ? undefined : chosen;
  }

  #barStyle(property: "stroke" | "fill"): ReturnType<typeof styleMap> {
    const color = this.propText("bar_color").trim();
    return styleMap({ [property]: color === "" ? undefined : color });
  }

  #sizes(): ReturnType<typeof styleMap> {
    const width = toCssLength(this.prop("width"));
    const height = toCssLength(this.prop("height"));
    return styleMap({ width: width === "" ? undefined : width, height: height === "" ? undefined : height });
  }
}

if (!customElements.get("tp-metric")) customElements.define("tp-metric", TpMetric);
