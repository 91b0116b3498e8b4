/**
 * One labelled native date, date-time or time picker, shared by the date, time and date_range elements.
 * The browser's own picker brings keyboard entry, a calendar and the user's locale.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { type DateInputKind, fromInputValue, toInputValue } from "./date_value.ts";

/** What {@linkcode dateField} shows and whom it tells of a pick. */
export interface DateFieldOptions {
  kind: DateInputKind;
  label: string;
  value: Date | null;
  /** The text shown when it is not the value's own (a time held as "HH:mm"). */
  text?: string;
  min?: Date | null;
  max?: Date | null;
  disabled: boolean;
  /** The element's `sizeStyle()`. */
  style: unknown;
  /** Called with the picked date (null when the field is cleared). */
  onPick(date: Date | null, text: string): void;
}

/**
 * A `<label>` around the label text and the native input.
 *
 * @example
 * ```ts
 * html`${dateField({ kind: "date", label: "Start", value, disabled: false, style: nothing, onPick })}`;
 * ```
 */
export function dateField(options: DateFieldOptions): unknown {
  const { kind, label, value } = options;
  const bound = (date: Date | null | undefined) =>
    date === null || date === undefined ? nothing : toInputValue(date, kind);
  return html`<label class="tp-field tp-date-field" style=${options.style}>${
    label === "" ? nothing : html`<span class="tp-field-label">${label}</span>`
  }<input
      type=${kind}
      class="tp-input-control"
      min=${bound(options.min)}
      max=${bound(options.max)}
      .value=${live(options.text ?? toInputValue(value, kind))}
      ?disabled=${options.disabled}
      @change=${(event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    options.onPick(fromInputValue(text, kind, value), text);
  }}
    /></label>`;
}
