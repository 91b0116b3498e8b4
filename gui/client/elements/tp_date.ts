/**
 * `<|{start}|date|with_time|label=Start|>`: a native date (or date and time) picker. The state may hold a
 * Date or an ISO string; a pick is written back as an ISO string. With `editable=false` the date shows as
 * text, in `format` (`dd/MM/yyyy`) or the browser's locale.
 */
import { html, nothing } from "lit";
import { dateField } from "../date_field.ts";
import { toDate } from "../date_value.ts";
import { formatDate } from "../format_date.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `date` element. */
export class TpDate extends TapirElement {
  protected override renderElement(): unknown {
    const withTime = this.propBoolean("with_time", false);
    const value = toDate(this.prop("date"));
    const label = this.propText("label");
    if (!this.propBoolean("editable", true)) {
      return html`<span class="tp-date-text" style=${this.sizeStyle()}>${
        label === "" ? nothing : html`
          <span class="tp-field-label">${label}</span>
        `
      }${value === null ? "" : formatDate(value, this.propText("format"), withTime)}</span>`;
    }
    return dateField({
      kind: withTime ? "datetime-local" : "date",
      label,
      value,
      min: toDate(this.prop("min")),
      max: toDate(this.prop("max")),
      disabled: !this.isActive(),
      style: this.sizeStyle(),
      onPick: (date) => this.write("date", date === null ? null : date.toISOString()),
    });
  }
}

if (!customElements.get("tp-date")) customElements.define("tp-date", TpDate);
