/**
 * A short account of a value a client sent, for an error message: never the value itself (it may be huge,
 * nested or crafted), only its kind and, for a number or a short string, the value.
 *
 * @example
 * ```ts
 * describeValue(1e300); // "1e+300"
 * describeValue({ a: 1 }); // "an object"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case "number":
    case "boolean":
      return String(value);
    case "string":
      return value.length <= 40 ? JSON.stringify(value) : `a string of ${value.length} characters`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}
