/**
 * `<|{count}|number|min=0|max=10|step=1|>`: a native number field. An empty field writes null unless the
 * field has bounds (null is in no range); text that is not (yet) a number in range and on step, such as
 * "-", stays in the field and is not sent. The server refuses the same values (elements/writes/).
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { toText } from "../coerce.ts";
import { DelayedCall } from "../delayed_call.ts";
import { TapirElement } from "../tapir_element.ts";

const DEFAULT_CHANGE_DELAY_MS = 300;

/** The `number` element. */
export class TpNumber extends TapirElement {
  /** What the user typed and the server has not been sent yet. */
  #draft: string | undefined;
  readonly #send = new DelayedCall<number | null>((value) => {
    this.#draft = undefined;
    this.write("value", value);
  });

  protected override renderElement(): unknown {
    const value = this.#draft ?? toText(this.propNumber("value", null));
    const label = this.propText("label");
    const min = this.propNumber("min", null);
    const max = this.propNumber("max", null);
    const step = this.propNumber("step", null);
    return html`<label class="tp-field" style=${this.sizeStyle()}>${
      label === "" ? nothing : html`<span class="tp-field-label">${label}</span>`
    }<input
        class="tp-input-control"
        type="number"
        inputmode="decimal"
        min=${min ?? nothing}
        max=${max ?? nothing}
        step=${step ?? "any"}
        .value=${live(value)}
        ?disabled=${!this.isActive()}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        @blur=${() => this.#send.flush()}
      /></label>`;
  }

  override disconnectedCallback(): void {
    this.#send.flush();
    super.disconnectedCallback();
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#draft = input.value;
    const bounded = this.propNumber("min", null) !== null || this.propNumber("max", null) !== null;
    const { badInput, rangeOverflow, rangeUnderflow, stepMismatch } = input.validity;
    const invalid = badInput || rangeOverflow || rangeUnderflow || stepMismatch ||
      (bounded && input.value === "");
    input.setAttribute("aria-invalid", String(invalid));
    if (invalid) {
      this.#send.cancel();
      return;
    }
    const value = input.value === "" ? null : input.valueAsNumber;
    this.#send.debounce(value, this.propNumber("change_delay", DEFAULT_CHANGE_DELAY_MS));
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "Enter") this.#send.flush();
  };
}

if (!customElements.get("tp-number")) customElements.define("tp-number", TpNumber);
