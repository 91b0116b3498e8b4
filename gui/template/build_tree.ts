/**
 * Walks markdown-it's tokens into the page tree. Markdown renders to HTML through markdown-it's own
 * renderer rules, token by token; Tapir's tokens become element nodes; block tags nest, and must open and
 * close inside the same list item or quote.
 */
import type { Env, MarkdownIt, Token } from "markdown-it";
import { inlineElement } from "./inline_element.ts";
import { InlineContent, locateOccurrence } from "./locate_occurrence.ts";
import type { PageNode } from "./page_tree.ts";
import { ParseContext } from "./parse_context.ts";
import { MASKED_PIPE } from "./scan_elements.ts";
import { TreeBuilder } from "./tree_builder.ts";

/**
 * Raw HTML whose content is not markup: comments and the elements whose text the browser does not parse.
 * Tags inside stay text; tags after them on the same lines are elements. An unclosed one runs to the end.
 */
const RAW_HTML = /<!--[\s\S]*?(?:-->|$)|<(pre|script|style|textarea)(?=[\s>]|$)[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** The page's nodes from the tokens that `md.parse` returned with `env` (which holds the parse context). */
export function buildTree(tokens: Token[], md: MarkdownIt, env: Env): PageNode[] {
  const context = ParseContext.of(env);
  const builder = new TreeBuilder(context);
  const render = (list: Token[], index: number): string => {
    const token = list[index];
    const rule = token === undefined ? undefined : md.renderer.rules[token.type];
    return rule === undefined
      ? md.renderer.renderToken(list, index, md.options)
      : rule(list, index, md.options, env, md.renderer);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    const mark = context.marks.get(token);
    if (mark !== undefined) builder.mark(mark);
    else if (token.type === "inline") {
      const children = token.children ?? [];
      for (let child = 0; child < children.length; child++) {
        const inline = children[child];
        const inlineMark = inline === undefined ? undefined : context.marks.get(inline);
        if (inlineMark !== undefined) builder.mark(inlineMark);
        else {
          if (inline?.type === "image") rejectElementsIn(inline, context);
          builder.html(render(children, child));
        }
      }
    } else if (token.type === "html_block") {
      splitHtmlBlock(token, builder, context);
    } else {
      if (token.nesting === -1) builder.closeContainer();
      builder.html(render(tokens, index));
      if (token.nesting === 1) builder.openContainer(token);
    }
  }
  return builder.finish();
}

/** An image's text renders as plain `alt` text, where an element would silently vanish. */
function rejectElementsIn(image: Token, context: ParseContext): void {
  for (const child of image.children ?? []) {
    const mark = context.marks.get(child);
    if (mark?.kind === "inline") {
      context.fail(
        "An element cannot stand in an image's text",
        mark.element.position,
        "move it out of the ![...]",
      );
    }
  }
}

/**
 * Inline elements inside raw HTML lines, as Taipy (which preprocesses lines) accepts them. Block tag lines
 * never get here: the HTML block ends before them (see `markdown_plugin.ts`).
 */
function splitHtmlBlock(token: Token, builder: TreeBuilder, context: ParseContext): void {
  const content = new InlineContent(token.content, token.map?.[0] ?? 0);
  const text = content.text;
  const raw = [...text.matchAll(RAW_HTML)].map((match) => [match.index, match.index + match[0].length]);
  // Both lists are in text order: walk the raw ranges along with the tags (a search per tag is quadratic).
  let rawIndex = 0;
  let cursor = 0;
  for (let at = text.indexOf(`<${MASKED_PIPE}`); at >= 0; at = text.indexOf(`<${MASKED_PIPE}`, at + 1)) {
    while ((raw[rawIndex]?.[1] ?? Infinity) <= at) rawIndex++;
    const [rawStart = Infinity, rawEnd = Infinity] = raw[rawIndex] ?? [];
    if (at > rawStart && at < rawEnd) continue;
    const occurrence = locateOccurrence(context.scan, content, at, true);
    if (occurrence === undefined) continue;
    builder.html(text.slice(cursor, at));
    builder.mark({ kind: "inline", element: inlineElement(occurrence, context) });
    cursor = at + (occurrence.lex.end < 0 ? occurrence.lex.stop : occurrence.lex.end) - occurrence.start;
    at = cursor - 1;
  }
  builder.html(text.slice(cursor));
}
