/**
 * `<|{percent}|progress|linear|show_value|title=Uploading|>`: a ring (or a bar with `linear`) filled to
 * `value` percent; with no value, an endless animation says that work goes on without a known end.
 */
import { html, nothing, svg } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { TapirElement } from "../tapir_element.ts";

const RING_RADIUS = 18;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;
const ANCHORS = new Set(["top", "bottom", "left", "right", "none"]);

/** The `progress` element. */
export class TpProgress extends TapirElement {
  protected override renderElement(): unknown {
    if (!this.propBoolean("render", true)) return nothing;
    const raw = this.propNumber("value", null);
    const value = raw === null ? null : Math.min(100, Math.max(0, raw));
    const linear = this.propBoolean("linear", false);
    const title = this.propText("title");
    const anchor = ANCHORS.has(this.propText("title_anchor")) ? this.propText("title_anchor") : "bottom";
    const text = value === null ? "" : `${Math.round(value)}%`;
    const indicator = linear ? this.#bar(value) : this.#ring(value);
    const classes = `tp-progress tp-progress-${linear ? "linear" : "circular"} tp-title-${anchor}${
      value === null ? " tp-indeterminate" : ""
    }`;
    return html`<div class=${classes} style=${this.sizeStyle()}><div
        class="tp-progress-indicator"
        role="progressbar"
        aria-label=${title === "" ? "Progress" : title}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${value ?? nothing}
        aria-valuetext=${value === null ? "In progress" : text}
      >${indicator}${
      this.propBoolean("show_value", false) && value !== null
        ? html`<span class="tp-progress-value" aria-hidden="true">${text}</span>`
        : nothing
    }</div>${
      title === "" || anchor === "none" ? nothing : html`<span class="tp-progress-title" aria-hidden="true">${title}</span>`
    }</div>`;
  }

  #bar(value: number | null): unknown {
    return html`<span class="tp-progress-track"><span
        class="tp-progress-bar"
        style=${styleMap({ width: value === null ? undefined : `${value}%` })}
      ></span></span>`;
  }

  #ring(value: number | null): unknown {
    // An indeterminate ring shows a quarter of the circle, spinning (see tapir.css).
    const filled = value === null ? RING_LENGTH / 4 : (RING_LENGTH * value) / 100;
    return html`<svg class="tp-progress-ring" viewBox="0 0 44 44" aria-hidden="true">${
      svg`<circle class="tp-progress-track" cx="22" cy="22" r=${RING_RADIUS}></circle><circle
        class="tp-progress-bar"
        cx="22"
        cy="22"
        r=${RING_RADIUS}
        stroke-dasharray=${`${filled} ${RING_LENGTH}`}
        transform="rotate(-90 22 22)"
      ></circle>`
    }</svg>`;
  }
}

if (!customElements.get("tp-progress")) customElements.define("tp-progress", TpProgress);
