/**
 * Settings given to a chart (`options`, `layout`) as an object: bound values arrive as objects, fixed
 * ones written in a page as JSON text.
 */

/**
 * `value` as a plain object: an object as it is, JSON text parsed, anything else empty.
 *
 * @example
 * ```ts
 * asRecord('{"barmode": "stack"}'); // { barmode: "stack" }
 * asRecord([1]); // {}
 * ```
 */
export function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value === "string" && value.trim().startsWith("{")) {
    try {
      return asRecord(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? value as Record<string, unknown>
    : {};
}
