/** The value types the builder's typed properties take (see element_types.ts). */

/**
 * A binding, as in Markdown: `"{x}"`, `"{x * 2}"`.
 *
 * @example
 * ```ts
 * import type { Bound } from "tapir/builder";
 *
 * const limit: Bound = "{max_level * 2}";
 * page((b) => b.slider("{level}", { max: limit }));
 * ```
 */
export type Bound = `{${string}}`;

/**
 * A list of values: `"A;B;C"` or an array, whose items are joined with `;`.
 *
 * @example
 * ```ts
 * import type { ListValue } from "tapir/builder";
 *
 * const sizes: ListValue = ["S", "M", "L"]; // the same as "S;M;L"
 * page((b) => b.selector("{size}", { lov: sizes }));
 * ```
 */
export type ListValue = string | readonly (string | number)[];

/**
 * What any property takes: text (bindings included), a number, a boolean or a list.
 *
 * @example
 * ```ts
 * import type { AnyValue } from "tapir/builder";
 *
 * const labels: AnyValue = "0:Cold;100:Hot";
 * page((b) => b.slider("{temperature}", { labels }));
 * ```
 */
export type AnyValue = string | number | boolean | readonly (string | number)[];

/** Indexed properties (`"y[2]"`, `"width[Col A]"`) take any value; the page compiler checks the base name. */
export type IndexedProps = { [name: `${string}[${string}]`]: AnyValue | undefined };
