/**
 * `<|{level}|slider|min=0|max=100|step=5|continuous|>`: a native range input with its value beside it.
 * While the thumb moves the slider shows the dragged value, not the server's echoes of earlier ones.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { DelayedCall } from "../delayed_call.ts";
import { formatValue } from "../format_value.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `slider` element. */
export class TpSlider extends TapirElement {
  /** The value under the thumb while the user drags it. */
  #dragged: number | undefined;
  readonly #send = new DelayedCall<number>((value) => this.write("value", value));

  protected override renderElement(): unknown {
    const min = this.propNumber("min", 0);
    const max = this.propNumber("max", 100);
    const step = this.propNumber("step", 1);
    const value = this.#dragged ?? this.propNumber("value", min);
    const vertical = this.propText("orientation").toLowerCase().startsWith("v");
    const label = this.propText("label");
    const format = this.propText("format");
    return html`<label class="tp-slider${vertical ? " tp-vertical" : ""}">${
      label === "" ? nothing : html`<span class="tp-field-label">${label}</span>`
    }<input
        type="range"
        class="tp-slider-control"
        style=${this.sizeStyle("width", vertical ? "height" : "width")}
        min=${min}
        max=${max}
        step=${step}
        aria-orientation=${vertical ? "vertical" : "horizontal"}
        .value=${live(String(value))}
        ?disabled=${!this.isActive()}
        @input=${this.#onInput}
        @change=${this.#onChange}
      /><output class="tp-slider-value">${formatValue(value, format === "" ? undefined : format)}</output></label>`;
  }

  override disconnectedCallback(): void {
    this.#send.flush();
    super.disconnectedCallback();
  }

  #onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    this.#dragged = value;
    // The value label follows the thumb even when nothing is written yet.
    this.requestUpdate();
    if (this.propBoolean("continuous", true)) this.#send.throttle(value, this.propNumber("change_delay", 0));
    else this.#send.hold(value);
  };

  #onChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    this.#send.hold(value);
    this.#send.flush();
    this.#dragged = undefined;
    // A read-only binding keeps its value: the thumb goes back to it.
    this.requestUpdate();
  };
}

if (!customElements.get("tp-slider")) customElements.define("tp-slider", TpSlider);
