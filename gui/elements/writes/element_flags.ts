/**
 * Reading an element's settings the way its browser component does, so that the server judges a write with
 * the same settings the UI had: a static property arrives coerced, a bound one as the state holds it.
 */
import type { ElementView } from "../element_definition.ts";

/** A boolean setting: true, a number other than 0, or a string other than false/no/off/0/"". */
export function flagOf(element: ElementView, name: string, fallback: boolean): boolean {
  const value = element.value(name);
  if (value === undefined || value === null) return fallback;
  if (typeof value === "string") return !/^(false|no|off|0|)$/i.test(value.trim());
  return value === true || (typeof value === "number" && value !== 0);
}

/** A numeric setting: a finite number, or numeric text; else `fallback`. */
export function numberOf(
  element: ElementView,
  name: string,
  fallback: number | undefined,
): number | undefined {
  const value = element.value(name);
  const number = typeof value === "number"
    ? value
    : typeof value === "string" && value.trim() !== ""
    ? Number(value)
    : NaN;
  return Number.isFinite(number) ? number : fallback;
}
