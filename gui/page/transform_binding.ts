/**
 * Wraps a property's value in a server-side rewrite (see `PropertyDefinition.transform`): `<|{notes}|text|
 * mode=markdown|>` must reach the browser as safe HTML, while `<|{notes}|>` on the same page shows the raw
 * text. Both read the variable `notes`, so the rewritten value travels under a key of its own: the original
 * key, a NUL, and the rewrite's name. Page text never holds a NUL (the parser replaces it), so such a key
 * cannot meet the key of a binding a page wrote.
 *
 * The result is an ordinary computed binding: the session evaluates it, re-sends it only when the rewritten
 * value changed, and never lets the browser write it back.
 */
import type { ValueTransform } from "../elements/element_definition.ts";
import type { Binding } from "../expressions/mod.ts";

/** Separates a key from the name of its rewrite; never part of a page's own keys. */
const SEPARATOR = "\u0000";

/**
 * A binding whose value is `binding`'s, rewritten by `transform`.
 *
 * @example
 * ```ts
 * const upper = { name: "upper", apply: (value: unknown) => String(value).toUpperCase() };
 * const wrapped = transformBinding(binding, upper); // wrapped.key === "name\u0000upper"
 * ```
 */
export function transformBinding(binding: Binding, transform: ValueTransform): Binding {
  return {
    kind: "computed",
    key: `${binding.key}${SEPARATOR}${transform.name}`,
    dependencies: binding.dependencies,
    // The scope is the client session's own object, kept for its life: it is the context's owner.
    evaluate: (scope) => transform.apply(binding.evaluate(scope), { functions: scope.functions, owner: scope }),
  };
}

/**
 * A binding for a static value that still needs its rewrite (a fixed Markdown text, a fixed lov with an
 * adapter). It reads no variable, so it is sent once, with the page's first values.
 *
 * @example
 * ```ts
 * constantBinding("# Title", markdown); // evaluates to "<h1>Title</h1>\n"
 * ```
 */
export function constantBinding(value: unknown, transform: ValueTransform): Binding {
  return {
    kind: "computed",
    key: `${JSON.stringify(value)}${SEPARATOR}${transform.name}`,
    dependencies: new Set(),
    evaluate: (scope) => transform.apply(value, { functions: scope.functions, owner: scope }),
  };
}
