/** Partial names: letters, digits, `_` and `-`. */
export const PARTIAL_NAME = /^[\w-]+$/;

/**
 * The partial a part's `partial` property names: `partial=sidebar`, or `partial={sidebar}` as Taipy writes
 * it (there the braces bind a variable holding the partial; Tapir's partials are named, so both forms mean
 * the same). Undefined when the value names nothing.
 *
 * @example
 * ```ts
 * partialName("{sidebar}"); // "sidebar"
 * partialName("a b"); // undefined
 * ```
 */
export function partialName(value: string | boolean): string | undefined {
  if (typeof value !== "string") return undefined;
  const name = value.trim().replace(/^\{\s*(.*?)\s*\}$/, "$1");
  return PARTIAL_NAME.test(name) ? name : undefined;
}
