/**
 * `parsePage`: a page's text -> its element tree. Pure: no I/O, no state.
 */
import MarkdownIt from "markdown-it";
import { buildTree } from "./build_tree.ts";
import { tapirMarkdownPlugin } from "./markdown_plugin.ts";
import type { PageTree } from "./page_tree.ts";
import { ParseContext } from "./parse_context.ts";

/** What `parsePage` needs besides the text. */
export interface ParsePageOptions {
  /** The page's name, for error messages. */
  page: string;
  /** Every known element type, inline and block: text, button, slider, part, layout... */
  elementNames: ReadonlySet<string>;
  /** The subset of `elementNames` that are blocks: part, layout, expandable, dialog, pane. */
  blockNames: ReadonlySet<string>;
}

// One instance for every page: its rules read each parse's settings from the parse's env.
const markdown = new MarkdownIt("default", { html: true, linkify: false, typographer: false });
tapirMarkdownPlugin(markdown);

/**
 * Parses a page written in Markdown with Taipy's element syntax (`<|{x}|slider|>`, blocks
 * `<|layout|...|` ... `|>`) into its element tree. Markdown between elements becomes HTML nodes.
 *
 * Positions are 1-based; columns count code points (an emoji is one column, a tab is one column). Any
 * syntax error throws a `TemplateSyntaxError` with the position, a reason and a hint.
 *
 * `\<|` writes a literal `<|`; so does any `<|` in a code span or a fenced or indented code block. Inside a
 * tag, `\|` is a literal pipe, and braces hide pipes: `<|{a || b}|>`. Lines indented by four spaces or more
 * are code in Markdown, so do not indent elements inside blocks that deep.
 *
 * @example
 * ```ts
 * const tree = parsePage("# Hi\n\n<|{x}|slider|max=10|>\n", {
 *   page: "/",
 *   elementNames: new Set(["text", "slider", "part"]),
 *   blockNames: new Set(["part"]),
 * });
 * tree.children[1]; // { kind: "element", type: "slider", defaultValue: { value: "{x}", ... }, ... }
 * ```
 */
export function parsePage(source: string, options: ParsePageOptions): PageTree {
  const context = new ParseContext(source, options);
  const env = context.toEnv();
  const tokens = markdown.parse(source, env);
  return { page: options.page, children: buildTree(tokens, markdown, env) };
}
