/**
 * The element tree that a page's text becomes. Pure data: no state, no server. Markdown that is not an
 * element stays as HTML fragments between element nodes (a paragraph around an inline element is an
 * `html` node before it and one after it).
 */
import type { SourcePosition } from "../errors.ts";

/** One property as written in the page: its name (indexed names kept whole: `y[2]`) and verbatim value. */
export interface PropertyNode {
  name: string;
  /** The text after `=`, verbatim. `true` for a bare name; `false` for `not name` and its synonyms. */
  value: string | boolean;
  /** Where the property's fragment starts. */
  position: SourcePosition;
  /** Where the value starts (for a bare or negated name, where the name starts). */
  valuePosition: SourcePosition;
}

/** An element `<|...|>` or a block `<|...|` ... `|>`. */
export interface ElementNode {
  kind: "element";
  /** The element type ("text" when the fragments name none). */
  type: string;
  /**
   * The value given before the element type, if any: it belongs to the element's default property, which
   * only the element catalogue knows, so the parser keeps it apart.
   */
  defaultValue?: PropertyNode;
  properties: PropertyNode[];
  /** Where `<|` stands. */
  position: SourcePosition;
  /** Where the type name stands, or `position` when the type is implied. */
  typePosition: SourcePosition;
  /** Blocks only: what stands between the opening and closing tags. Undefined for inline elements. */
  children?: PageNode[];
}

/** Rendered Markdown between elements. */
export interface HtmlNode {
  kind: "html";
  html: string;
}

export type PageNode = ElementNode | HtmlNode;

export interface PageTree {
  /** The page's name, as used in error messages. */
  page: string;
  children: PageNode[];
}
