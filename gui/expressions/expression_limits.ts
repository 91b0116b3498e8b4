/**
 * How much an expression may build. A binding runs on the server for every client, with values clients
 * can change: `{"#".repeat(n)}` under a slider is a memory and CPU lever if `n` can grow. So the strings
 * and lists an expression makes are bounded, checked before the builtins that could exceed the bound run
 * (call_cost.ts) and on every call's result, and a binding that would exceed it fails like any faulty
 * binding (an ExpressionEvaluationError naming the expression and the limit) instead of allocating.
 */

import { textSize } from "./text_size.ts";

/** The longest string an expression may make, in UTF-16 code units (about 2 MB). */
export const MAX_STRING_LENGTH = 1_000_000;

/** The longest list an expression may make. */
export const MAX_ARRAY_LENGTH = 1_000_000;

/** The reason a string of `length` is refused, or undefined when it is within the limit. */
export function stringLengthProblem(what: string, length: number): string | undefined {
  return length > MAX_STRING_LENGTH
    ? `${what} would make a string of ${length} characters, over the limit of ${MAX_STRING_LENGTH} for expressions`
    : undefined;
}

/** The reason a list of `length` is refused, or undefined when it is within the limit. */
export function arrayLengthProblem(what: string, length: number): string | undefined {
  return length > MAX_ARRAY_LENGTH
    ? `${what} would make a list of ${length} items, over the limit of ${MAX_ARRAY_LENGTH} for expressions`
    : undefined;
}

/**
 * The reason a value an expression made is refused: a string or list over the limits. A check after the
 * fact, for what no pre-check foresaw; the builtins that could allocate far past it are checked before.
 */
export function resultProblem(what: string, value: unknown): string | undefined {
  if (typeof value === "string") return stringLengthProblem(what, value.length);
  if (Array.isArray(value)) return arrayLengthProblem(what, value.length);
  return undefined;
}

/**
 * The reason `a + b` is refused: when it makes text (either side a string, or an object that becomes
 * text), a string over the limit. Numbers add without a look.
 *
 * @example
 * ```ts
 * plusProblem("#".repeat(600_000), "#".repeat(600_000)); // "+ would make a string of 1200000 characters, ..."
 * ```
 */
export function plusProblem(a: unknown, b: unknown): string | undefined {
  if (typeof a === "number" && typeof b === "number") return undefined;
  if (!makesText(a) && !makesText(b)) return undefined;
  return stringLengthProblem("+", textLength(a) + textLength(b));
}

/**
 * The text `value` shows as inside a template (`"Total: {x}"`), bounded: throws nothing, returns the reason
 * when the text would exceed the limit.
 */
export function textProblem(what: string, value: unknown): string | undefined {
  return makesText(value) ? stringLengthProblem(what, textLength(value)) : undefined;
}

function makesText(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "object" && value !== null);
}

function textLength(value: unknown): number {
  if (typeof value === "string") return value.length;
  return typeof value === "object" && value !== null ? textSize(value, MAX_STRING_LENGTH) : 24;
}
