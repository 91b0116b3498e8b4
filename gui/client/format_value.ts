import { sprintf } from "sprintf-js";
import { toText } from "./coerce.ts";

/**
 * Shows a value with a printf-style format, as Taipy's `format` property does (`%.2f`, `%d`, `%05.1f`).
 * Without a format, or when the format does not fit the value, the value shows as plain text.
 *
 * @example
 * ```ts
 * formatValue(3.14159, "%.2f"); // "3.14"
 * formatValue("abc", "%d"); // "abc"
 * ```
 */
export function formatValue(value: unknown, format: string | undefined): string {
  if (format === undefined || format === "" || value === null || value === undefined) return toText(value);
  try {
    return sprintf(format, value);
  } catch {
    // A number that arrived as text ("3.5") still takes a numeric format.
    const number = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
    try {
      if (Number.isFinite(number)) return sprintf(format, number);
    } catch {
      // Fall through: a format that does not parse or fit shows the value rather than nothing.
    }
    return toText(value);
  }
}
