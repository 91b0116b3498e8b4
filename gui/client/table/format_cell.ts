/**
 * A cell's value as the table shows it: numbers through `format[col]` or `number_format` (printf style, as
 * Taipy's), dates through `format[col]` or `date_format`, empty numbers as `nan_value`.
 */
import type { ColumnType } from "../../protocol/table_wire.ts";
import { toText } from "../coerce.ts";
import { formatValue } from "../format_value.ts";
import { DEFAULT_DATE_FORMAT, formatDate } from "./format_date.ts";

/** How one column formats its values. */
export interface CellFormat {
  type: ColumnType;
  /** `format[col]` (or the dict form of `columns`): a printf format for numbers, a pattern for dates. */
  format?: string;
  numberFormat?: string;
  dateFormat?: string;
  nanValue?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example
 * ```ts
 * formatCell(3.14159, { type: "number", numberFormat: "%.2f" }); // "3.14"
 * formatCell("2024-01-31", { type: "date" }); // "01/31/2024"
 * formatCell(null, { type: "number", nanValue: "n/a" }); // "n/a"
 * ```
 */
export function formatCell(value: unknown, format: CellFormat): string {
  if (value === null || value === undefined) return format.type === "number" ? format.nanValue ?? "" : "";
  switch (format.type) {
    case "number":
      return typeof value === "number" || typeof value === "string"
        ? formatValue(value, format.format ?? format.numberFormat)
        : toText(value);
    case "date": {
      const text = toText(value);
      const date = new Date(text);
      if (Number.isNaN(date.getTime())) return text;
      return formatDate(
        date,
        format.format ?? format.dateFormat ?? DEFAULT_DATE_FORMAT,
        DATE_ONLY.test(text),
      );
    }
    default:
      return toText(value);
  }
}
