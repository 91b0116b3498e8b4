/**
 * `<|{period}|date_range|label_start=From|label_end=To|>`: two native date pickers for `[start, end]`. A
 * pick writes both back as ISO strings; each picker keeps the other's side of the range.
 */
import { html, nothing } from "lit";
import { dateField } from "../date_field.ts";
import { toDate } from "../date_value.ts";
import { formatDate } from "../format_date.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `date_range` element. */
export class TpDateRange extends TapirElement {
  protected override renderElement(): unknown {
    const [start, end] = this.#range();
    const withTime = this.propBoolean("with_time", false);
    if (!this.propBoolean("editable", true)) {
      const format = this.propText("format");
      const show = (date: Date | null) => date === null ? "" : formatDate(date, format, withTime);
      return html`<span class="tp-date-text" style=${this.sizeStyle()}>${show(start)} – ${show(end)}</span>`;
    }
    const kind = withTime ? "datetime-local" : "date";
    const min = toDate(this.prop("min"));
    const max = toDate(this.prop("max"));
    const disabled = !this.isActive();
    return html`<span class="tp-date-range" role="group" aria-label=${this.#groupLabel() ?? nothing}>${
      dateField({
        kind,
        label: this.propText("label_start", "Start"),
        value: start,
        min,
        max: end ?? max,
        disabled,
        style: this.sizeStyle(),
        onPick: (date) => this.#write(date, end),
      })
    }${
      dateField({
        kind,
        label: this.propText("label_end", "End"),
        value: end,
        min: start ?? min,
        max,
        disabled,
        style: this.sizeStyle(),
        onPick: (date) => this.#write(start, date),
      })
    }</span>`;
  }

  #range(): [Date | null, Date | null] {
    const dates = this.prop("dates");
    return Array.isArray(dates) ? [toDate(dates[0]), toDate(dates[1])] : [null, null];
  }

  #groupLabel(): string | undefined {
    const start = this.propText("label_start");
    const end = this.propText("label_end");
    return start === "" && end === "" ? undefined : `${start} – ${end}`;
  }

  #write(start: Date | null, end: Date | null): void {
    this.write("dates", [start?.toISOString() ?? null, end?.toISOString() ?? null]);
  }
}

// The tag follows the element type, underscore included (a valid custom element name).
if (!customElements.get("tp-date_range")) customElements.define("tp-date_range", TpDateRange);
