/**
 * What a Tapir rule attached to a markdown-it token. Kept in a map beside the tokens rather than in
 * `token.meta`, so that reading it back needs no casts.
 */
import type { SourcePosition } from "../errors.ts";
import type { ElementNode } from "./page_tree.ts";

/** A tag as the Markdown rules found it, before the tree builder nests blocks. */
export type TagMark =
  | {
    kind: "open";
    /** The block, its `children` still empty. */
    element: ElementNode;
    /** The closing tag that ends this block: `|>`, `|main>` or `<|part.end|>`. */
    closer: string;
  }
  | {
    kind: "close";
    /** The closing tag as written, normalized: `|>`, `|main>` or `<|part.end|>`. */
    tag: string;
    position: SourcePosition;
  }
  | { kind: "inline"; element: ElementNode };
