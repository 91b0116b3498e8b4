/**
 * What the builder's functions return before the page is laid out: elements with their properties in the
 * order given, Markdown text, and raw HTML. `page()` turns a list of them into the element tree and its
 * Markdown listing (render_listing.ts).
 */

/** A property value as the page compiler reads it: text, or a bare (true) or negated (false) name. */
export type NodeValue = string | boolean;

/**
 * What the builder's `el` functions return: an element with its properties, Markdown text, or raw HTML,
 * to compose pages as data.
 *
 * @example
 * ```ts
 * import { type BuilderNode, el, page } from "tapir/builder";
 *
 * const controls: BuilderNode[] = [el.slider("{level}", { min: 0 }), el.button("Reset", { on_action: "reset" })];
 * const home = page(el.markdown("# Home"), ...controls);
 * ```
 */
export type BuilderNode =
  | {
    kind: "element";
    type: string;
    /** The value given before the props: it belongs to the element's default property. */
    defaultValue?: NodeValue;
    properties: [name: string, value: NodeValue][];
    /** Blocks only. */
    children?: BuilderNode[];
  }
  | { kind: "markdown"; text: string }
  | { kind: "html"; html: string };

/** True for a value the builder produced. */
export function isBuilderNode(value: unknown): value is BuilderNode {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === "element" || kind === "markdown" || kind === "html";
}
