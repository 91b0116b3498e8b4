/**
 * How a value reads as text, the same in the browser (what a control shows) and on the server (lov ids are
 * compared as this text).
 */

/**
 * A value as text: null and undefined are empty, objects and arrays are JSON.
 *
 * @example
 * ```ts
 * toText(null); // ""
 * toText([1, 2]); // "[1,2]"
 * ```
 */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object") {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}
