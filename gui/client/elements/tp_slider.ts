/**
 * `<|{level}|slider|min=0|max=100|step=5|continuous|>`: a native range input with its value beside it.
 * While the thumb moves the slider shows the dragged value, not the server's echoes of earlier ones.
 * A value `[low, high]` gets one native input per thumb over one track; `lov=S;M;L` moves over the items
 * (written back as the lov holds them, or by id with `value_by_id`); `labels` marks the track.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { styleMap } from "lit/directives/style-map.js";
import { DelayedCall } from "../delayed_call.ts";
import { formatValue } from "../format_value.ts";
import { chosenValue, readLov } from "../../protocol/lov_entries.ts";
import { type SliderMark, sliderMarks, type SliderScale, thumbPositions } from "../slider_scale.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `slider` element. */
export class TpSlider extends TapirElement {
  /** The thumbs' positions while the user drags one. */
  #dragged: number[] | undefined;
  readonly #send = new DelayedCall<number[]>((positions) => this.#writePositions(positions));

  protected override renderElement(): unknown {
    const scale = this.#scale();
    const positions = this.#dragged ?? thumbPositions(this.prop("value"), scale);
    const vertical = this.propText("orientation").toLowerCase().startsWith("v");
    const label = this.propText("label");
    const lov = scale.entries.length > 0;
    const anchor = this.propText("text_anchor", lov ? "bottom" : "right");
    const range = positions.length > 1;
    const inputs = positions.map((position, index) =>
      html`
        <input
          type="range"
          class="tp-slider-control"
          min=${scale.min}
          max=${scale.max}
          step=${scale.step}
          aria-label=${range ? thumbName(index, positions.length) : nothing}
          aria-valuetext=${lov ? (scale.entries[position]?.label ?? nothing) : nothing}
          aria-orientation=${vertical ? "vertical" : "horizontal"}
          .value=${live(String(position))}
          ?disabled=${!this.isActive()}
          @input=${(event: Event) => this.#onInput(event, index)}
          @change=${(event: Event) => this.#onChange(event, index)}
        />
      `
    );
    const marks = sliderMarks(this.prop("labels"), scale);
    const span = scale.max - scale.min;
    const fill = (position: number) => `${span === 0 ? 0 : ((position - scale.min) / span) * 100}%`;
    return html`
      <label
        class="tp-slider${vertical ? " tp-vertical" : ""} tp-anchor-${anchor}">${label === ""
          ? nothing
          : html`<span class="tp-field-label">${label}</span>`}<span class="tp-slider-track${range
          ? " tp-slider-range"
          : ""}" style=${this.sizeStyle("width", vertical ? "height" : "width")}>${range
          ? html`<span class="tp-slider-fill" style=${
            styleMap({
              [vertical ? "bottom" : "left"]: fill(Math.min(...positions)),
              [vertical ? "top" : "right"]: `calc(100% - ${fill(Math.max(...positions))})`,
            })
          }></span>`
          : nothing}${inputs}${marks.length === 0
          ? nothing
          : renderMarks(marks, vertical)}</span>${anchor === "none"
          ? nothing
          : html`<output class="tp-slider-value">${this.#valueText(positions, scale)}</output>`}</label>
    `;
  }

  override disconnectedCallback(): void {
    this.#send.flush();
    super.disconnectedCallback();
  }

  #scale(): SliderScale {
    const entries = readLov(this.prop("lov"));
    if (entries.length > 0) return { min: 0, max: entries.length - 1, step: 1, entries };
    return {
      min: this.propNumber("min", 0),
      max: this.propNumber("max", 100),
      step: this.propNumber("step", 1),
      entries,
    };
  }

  #valueText(positions: number[], scale: SliderScale): string {
    if (scale.entries.length > 0) {
      return positions.map((position) => scale.entries[position]?.label ?? "").join(" – ");
    }
    const format = this.propText("format");
    return positions.map((position) => formatValue(position, format === "" ? undefined : format)).join(" – ");
  }

  /** The positions with thumb `index` moved to the input's value, kept between its neighbours. */
  #moved(event: Event, index: number): number[] {
    const input = event.target as HTMLInputElement;
    const positions = [...(this.#dragged ?? thumbPositions(this.prop("value"), this.#scale()))];
    const low = positions[index - 1] ?? -Infinity;
    const high = positions[index + 1] ?? Infinity;
    const value = Math.min(high, Math.max(low, input.valueAsNumber));
    if (value !== input.valueAsNumber) input.value = String(value);
    positions[index] = value;
    return positions;
  }

  #onInput = (event: Event, index: number): void => {
    const positions = this.#moved(event, index);
    this.#dragged = positions;
    // The value label follows the thumb even when nothing is written yet.
    this.requestUpdate();
    if (this.propBoolean("continuous", true)) {
      this.#send.throttle(positions, this.propNumber("change_delay", 0));
    } else this.#send.hold(positions);
  };

  #onChange = (event: Event, index: number): void => {
    this.#send.hold(this.#moved(event, index));
    this.#send.flush();
    this.#dragged = undefined;
    // A read-only binding keeps its value: the thumb goes back to it.
    this.requestUpdate();
  };

  #writePositions(positions: number[]): void {
    const { entries } = this.#scale();
    const byId = this.propBoolean("value_by_id", false);
    const values = entries.length === 0 ? positions : positions.map((position) => {
      const entry = entries[position];
      return entry === undefined ? null : chosenValue(entry, byId);
    });
    this.write("value", values.length === 1 ? values[0] : values);
  }
}

function thumbName(index: number, count: number): string {
  if (count === 2) return index === 0 ? "Minimum" : "Maximum";
  return `Value ${index + 1}`;
}

function renderMarks(marks: SliderMark[], vertical: boolean): unknown {
  return html`<span class="tp-slider-marks" aria-hidden="true">${
    marks.map((mark) =>
      html`<span class="tp-slider-mark" style=${
        styleMap({
          [vertical ? "bottom" : "left"]: `calc(${mark.fraction * 100}% + ${
            (0.5 - mark.fraction).toFixed(3)
          } * var(--tp-thumb-size))`,
        })
      }>${mark.text}</span>`
    )
  }</span>`;
}

if (!customElements.get("tp-slider")) customElements.define("tp-slider", TpSlider);
