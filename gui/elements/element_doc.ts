/**
 * An element's user documentation, kept as data beside its definition so that `docs/reference/elements.md`
 * is generated from the catalogue (`npm run docs`) and a test fails when the two disagree: a property
 * renamed, added without a description, or an example that no longer compiles.
 */

/** The documentation of one element (the `doc` field of its definition). */
export interface ElementDoc {
  /** What the element is for, in a few sentences of Markdown. */
  summary: string;
  /** A page that uses the element; it must compile (variables in `{...}` and callbacks are assumed). */
  example: string;
  /**
   * Each property's default, as a page would write it, where the element has one (the value the browser
   * uses when the page gives none). Properties absent here have no value unless the page sets one.
   */
  defaults?: Readonly<Record<string, string>>;
  /** Descriptions of this element's properties, in Markdown, where the shared one does not fit. */
  properties?: Readonly<Record<string, string>>;
  /**
   * For each property that names a function (`on_action`, `adapter`, ...): how it is called and the
   * exact payload it receives, e.g. `(state, id, { action: "upload", files })`.
   */
  calls?: Readonly<Record<string, string>>;
}

/** Descriptions of the properties many elements share; an element's own `doc.properties` win. */
export const sharedPropertyDocs: Readonly<Record<string, string>> = {
  id: "The element's identifier: the HTML id, and the `id` its callbacks receive.",
  class_name: "CSS class names added to the element (e.g. `card`, `fullwidth`; see tapir.css).",
  hover_text: "Text shown when the pointer rests on the element.",
  active: "False disables the element: it shows but the user cannot change or press it.",
  propagate: "Whether a value the user sets is written into the bound variable (false: only `on_change` sees it).",
  on_change: "A registered function run instead of the Gui's `onChange` when the user changes this element's value.",
  on_action: "A registered function run when the element's action happens; without it the Gui's `onAction` runs.",
  width: "CSS width (`300px`, `50%`; a bare number means pixels).",
  height: "CSS height (`300px`, `50vh`; a bare number means pixels).",
  label: "Text shown with the element.",
  lov: "The list of values: `A;B;C`, or bound to an array of values, `[id, label]` pairs or `{id, label}` objects.",
  adapter: "A registered function turning each item of `lov` into `[id, label]` on the server.",
  value_by_id: "Write back the selected item's id rather than the item as `lov` holds it.",
  change_delay: "Milliseconds of calm before what the user types or drags is sent.",
  format: "How the value is shown: printf-style for numbers (`%.2f`), `dd/MM/yyyy`-style for dates.",
  min: "The smallest value.",
  max: "The largest value.",
  step: "The step between allowed values.",
  render: "False hides the element.",
  title: "A title shown with the element.",
  multiple: "Allow choosing several items; the value is then an array.",
  filter: "Show a box that filters the items as the user types.",
  editable: "Whether the user may change the value.",
  with_time: "Pick a time of day as well as a date.",
  orientation: "`horizontal` or `vertical` (also `h`, `v`).",
  show_value: "Show the value as text next to the graphic.",
  message: "The message shown.",
  expanded: "Whether the element is open.",
  open: "Whether the element is shown.",
  labels: "Text for the element's marks or buttons.",
  mode: "How the element presents itself.",
  page_size: "How many rows or messages are shown at a time.",
};

/** Defaults of the common properties, for every element that has them. */
export const sharedDefaults: Readonly<Record<string, string>> = {
  active: "true",
  propagate: "true",
};

/** How the common callback properties are called. */
export const sharedCalls: Readonly<Record<string, string>> = {
  on_change: "`(state, name, value)`: `name` is the bound variable (or path, `point.x`), `value` what the user set.",
  adapter: "`(item)`: returns `[id, label]` (or `{ id, label }`) for one item of `lov`.",
};
