/**
 * Turns values that arrived as JSON (`unknown`) into what a control shows. Components never trust a
 * value's type: a binding may hold anything the app put in its state.
 */

export { toText } from "../protocol/to_text.ts";

/**
 * A value as a finite number, or null when it is empty or not a number.
 *
 * @example
 * ```ts
 * toNumber("2.5"); // 2.5
 * toNumber(""); // null
 * ```
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/**
 * A value as a boolean, reading the strings a page may carry ("true", "True", "false", "0").
 *
 * @example
 * ```ts
 * toBoolean("False"); // false
 * toBoolean(1); // true
 * ```
 */
export function toBoolean(value: unknown): boolean {
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    return lower !== "" && lower !== "false" && lower !== "0" && lower !== "no" && lower !== "off";
  }
  return Boolean(value);
}

/**
 * A size property (`width`, `height`) as a CSS length: bare numbers are pixels, like Taipy's.
 *
 * @example
 * ```ts
 * toCssLength(300); // "300px"
 * toCssLength("50%"); // "50%"
 * ```
 */
export function toCssLength(value: unknown): string {
  const number = toNumber(value);
  if (number !== null) return `${number}px`;
  return typeof value === "string" ? value.trim() : "";
}
