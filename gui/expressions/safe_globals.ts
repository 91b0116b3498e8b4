/**
 * The globals an expression may name. Anything not here, not a registered function and not a literal is a
 * state variable. The list is short on purpose: pure helpers for formatting and arithmetic, nothing that
 * performs I/O, reads the clock (a binding would not refresh when time passes) or can build functions.
 */

/** A frozen record of selected static members, so that `Object.assign` and friends stay out of reach. */
function pick<T extends object, K extends keyof T>(source: T, names: readonly K[]): Readonly<Pick<T, K>> {
  const picked = Object.create(null) as Pick<T, K>;
  for (const name of names) picked[name] = source[name];
  return Object.freeze(picked);
}

/**
 * Global names an expression may read: `Math`, `JSON`, `Number`, `String`, `Boolean`, `Array.isArray/from/of`,
 * `Object.keys/values/entries/fromEntries`, `parseInt`, `parseFloat`, `isNaN`, `isFinite`,
 * `encodeURIComponent`. They shadow state variables of the same name.
 */
export const SAFE_GLOBALS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ["Math", Math],
  ["JSON", JSON],
  ["Number", Number],
  ["String", String],
  ["Boolean", Boolean],
  ["Array", pick(Array, ["isArray", "from", "of"])],
  ["Object", pick(Object, ["keys", "values", "entries", "fromEntries"])],
  ["parseInt", parseInt],
  ["parseFloat", parseFloat],
  ["isNaN", isNaN],
  ["isFinite", isFinite],
  ["encodeURIComponent", encodeURIComponent],
]);

/** Identifiers that are values in JavaScript although jsep reads them as names. */
export const CONSTANTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ["undefined", undefined],
  ["NaN", NaN],
  ["Infinity", Infinity],
]);
