/**
 * Names an expression may not use. Bindings are written by the app's author, but their values flow from
 * clients, and a computed key (`a[k]`) may come from a client: these lists keep an expression from reaching
 * `Function` through a constructor, from polluting prototypes, and from changing the state behind its back.
 */

/** Property names that lead to prototypes or to the `Function` constructor. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "prototype",
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/**
 * Array methods that change the array in place. Calling one on a state array would change the state without
 * change tracking seeing it; the copying twins (`toSorted`, `toReversed`, `toSpliced`, `with`) are fine.
 * Checked only when the value really is an array, so that `{shape.fill}` on a plain object still works.
 */
export const ARRAY_MUTATORS: ReadonlySet<string> = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
]);

/** JavaScript keywords jsep reads as identifiers; none of them means anything in a binding. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "new",
  "typeof",
  "delete",
  "void",
  "in",
  "instanceof",
  "function",
  "class",
  "var",
  "let",
  "const",
  "await",
  "yield",
  "import",
  "super",
  "return",
  "async",
]);

/**
 * The sentence that tells why a key is refused, or undefined when it may be read on `target`. Inline
 * callbacks pass `allowMutators`: their arrays are the state's tracked proxies, which see in-place changes.
 */
export function refusedKey(key: string, target: unknown, allowMutators = false): string | undefined {
  if (FORBIDDEN_KEYS.has(key)) return `Access to "${key}" is not allowed`;
  if (!allowMutators && ARRAY_MUTATORS.has(key) && (Array.isArray(target) || ArrayBuffer.isView(target))) {
    return `"${key}" would change the array in place; use a copying method (toSorted, toReversed, toSpliced, ` +
      `with) or change the state in a callback`;
  }
  return undefined;
}
