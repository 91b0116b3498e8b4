/**
 * `<|{alarm}|time|label=Alarm|>`: a native time picker. A time held as "HH:mm" text is written back as
 * such; a Date or ISO string keeps its day and is written back as an ISO string.
 */
import { html, nothing } from "lit";
import { dateField } from "../date_field.ts";
import { fromInputValue, isTimeText, toDate } from "../date_value.ts";
import { formatDate } from "../format_date.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `time` element. */
export class TpTime extends TapirElement {
  protected override renderElement(): unknown {
    const raw = this.prop("time");
    const asText = isTimeText(raw);
    const value = asText ? fromInputValue(raw.trim(), "time") : toDate(raw);
    const label = this.propText("label");
    if (!this.propBoolean("editable", true)) {
      const format = this.propText("format");
      const text = value === null
        ? ""
        : format === ""
        ? value.toLocaleTimeString()
        : formatDate(value, format);
      return html`<span class="tp-date-text" style=${this.sizeStyle()}>${
        label === "" ? nothing : html`
          <span class="tp-field-label">${label}</span>
        `
      }${text}</span>`;
    }
    return dateField({
      kind: "time",
      label,
      value,
      disabled: !this.isActive(),
      style: this.sizeStyle(),
      onPick: (date, text) => {
        if (asText || raw === null || raw === undefined) this.write("time", text === "" ? null : text);
        else this.write("time", date === null ? null : date.toISOString());
      },
    });
  }
}

if (!customElements.get("tp-time")) customElements.define("tp-time", TpTime);
