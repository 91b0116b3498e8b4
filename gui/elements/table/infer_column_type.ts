/**
 * Guesses a column's type from a sample of its values, so that sorting, filtering and formatting treat
 * numbers as numbers and dates as dates. Empty values (null, undefined, NaN) do not count.
 */
import type { ColumnType } from "../../protocol/table_wire.ts";
import type { CellReader } from "./table_source.ts";

const SAMPLE = 200;
/** ISO 8601 dates and date-times, the form dates take once they have travelled as JSON. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * @example
 * ```ts
 * inferColumnType((row) => [1, 2.5, null][row], 3); // "number"
 * inferColumnType((row) => ["2024-01-31"][row], 1); // "date"
 * ```
 */
export function inferColumnType(read: CellReader, count: number): ColumnType {
  let found: ColumnType | undefined;
  const step = Math.max(1, Math.floor(count / SAMPLE));
  for (let row = 0; row < count; row += step) {
    const type = valueType(read(row));
    if (type === undefined) continue;
    if (found === undefined) found = type;
    else if (found !== type) return found === "string" || type === "string" ? "string" : "any";
  }
  return found ?? "any";
}

/** The type of one value; undefined for an empty one. */
export function valueType(value: unknown): ColumnType | undefined {
  switch (typeof value) {
    case "number":
      return Number.isNaN(value) ? undefined : "number";
    case "bigint":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      return ISO_DATE.test(value) ? "date" : "string";
    case "object":
      if (value === null) return undefined;
      return value instanceof Date ? "date" : "any";
    case "undefined":
      return undefined;
    default:
      return "any";
  }
}
