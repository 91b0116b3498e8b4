/**
 * What the builder's functions return before the page is laid out: elements with their properties in the
 * order given, Markdown text, and raw HTML. `page()` turns a list of them into the element tree and its
 * Markdown listing (render_listing.ts).
 */

/** A property value as the page compiler reads it: text, or a bare (true) or negated (false) name. */
export type NodeValue = string | boolean;

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
