/**
 * A page made with the builder (`page((b) => ...)`): its element tree, and the same page written in
 * Tapir's Markdown syntax, which error messages quote (positions in the tree point into it).
 */
import type { PageNode, PageTree } from "../template/page_tree.ts";

/**
 * A builder page; give it to the Gui wherever a page is accepted.
 *
 * @example
 * ```ts
 * const home = page((b) => b.slider("{x}", { min: 0 }));
 * home.source; // "<|{x}|slider|min=0|>\n"
 * ```
 */
export class BuilderPage {
  readonly tree: PageTree;
  /** The page in Markdown syntax; `tree`'s positions are lines and columns of this text. */
  readonly source: string;

  constructor(children: PageNode[], source: string) {
    this.tree = { page: "", children };
    this.source = source;
  }
}
