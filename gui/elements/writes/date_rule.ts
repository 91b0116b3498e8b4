/**
 * Whether a value is a date a date picker writes: an ISO 8601 string of a real date (what
 * `Date.toISOString()` gives, or a plain `YYYY-MM-DD`), within the element's `min` and `max`.
 */
import type { ElementView } from "../element_definition.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * The bounds are compared with one day of slack: a date picked at local midnight travels in UTC, so in a
 * time zone east of Greenwich the first allowed day arrives as the evening before.
 */
const SLACK_MS = 24 * 60 * 60 * 1000;

/** The instant an ISO string names, or undefined when it is not one. */
export function isoInstant(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length > 40 || !ISO_DATE.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/**
 * Undefined when `value` is a date the element may write (null clears it); else what is expected.
 *
 * @example
 * ```ts
 * dateProblem("2024-02-30", view); // "expects an ISO 8601 date string or null"
 * ```
 */
export function dateProblem(value: unknown, element: ElementView): string | undefined {
  if (value === null) return undefined;
  const time = isoInstant(value);
  if (time === undefined) return "expects an ISO 8601 date string or null";
  const min = boundOf(element, "min");
  const max = boundOf(element, "max");
  if (min !== undefined && time < min - SLACK_MS) {
    return `expects a date not before ${new Date(min).toISOString()}`;
  }
  if (max !== undefined && time > max + SLACK_MS) {
    return `expects a date not after ${new Date(max).toISOString()}`;
  }
  return undefined;
}

function boundOf(element: ElementView, name: string): number | undefined {
  const value = element.value(name);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === "string" && value.trim() !== "") {
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : undefined;
  }
  return undefined;
}
