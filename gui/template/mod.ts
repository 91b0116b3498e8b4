/**
 * The page template: a page's text -> its element tree. Pure: no I/O, no server, no state.
 *
 * @example
 * ```ts
 * import { parsePage } from "./mod.ts";
 *
 * const tree = parsePage("Value: <|{x}|>", {
 *   page: "/",
 *   elementNames: new Set(["text", "part"]),
 *   blockNames: new Set(["part"]),
 * });
 * tree.children; // [html "<p>Value: ", element text "{x}", html "</p>\n"]
 * ```
 *
 * @module
 */
export { parsePage } from "./parse_page.ts";
export type { ParsePageOptions } from "./parse_page.ts";
export type { ElementNode, HtmlNode, PageNode, PageTree, PropertyNode } from "./page_tree.ts";
