/** The value types the builder's typed properties take (see element_types.ts). */

/** A binding, as in Markdown: `"{x}"`, `"{x * 2}"`. */
export type Bound = `{${string}}`;

/** A list of values: `"A;B;C"` or an array, whose items are joined with `;`. */
export type ListValue = string | readonly (string | number)[];

/** What any property takes: text (bindings included), a number, a boolean or a list. */
export type AnyValue = string | number | boolean | readonly (string | number)[];

/** Indexed properties (`"y[2]"`, `"width[Col A]"`) take any value; the page compiler checks the base name. */
export type IndexedProps = { [name: `${string}[${string}]`]: AnyValue | undefined };
