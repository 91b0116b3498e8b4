/**
 * Tapir's page syntax as a markdown-it plugin: block rules for block tag lines and comment lines, an inline
 * rule for elements, and core rules that give those rules exact source positions (see `scanElements`).
 */
import type { MarkdownIt, StateBlock } from "markdown-it";
import { blockTagRule, commentRule } from "./block_rules.ts";
import { coreInlineRule, elementRule, scanRule } from "./inline_rules.ts";
import { guardDroppedContent } from "./dropped_content_guards.ts";

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** Lines of Tapir's that may interrupt Markdown's paragraphs, reference definitions, quotes and lists. */
const INTERRUPTS = { alt: ["paragraph", "reference", "blockquote", "list"] };

/**
 * Adds Tapir's rules to `md`. The rules read their settings from the `ParseContext` in the parse's `env`,
 * so that one instance serves every page.
 *
 * @example
 * ```ts
 * const md = new MarkdownIt("default", { html: true });
 * tapirMarkdownPlugin(md);
 * const context = new ParseContext(text, { page: "/", elementNames, blockNames });
 * const tokens = md.parse(text, context.toEnv());
 * ```
 */
export function tapirMarkdownPlugin(md: MarkdownIt): void {
  md.core.ruler.after("normalize", "tapir_scan", scanRule);
  md.core.ruler.at("inline", coreInlineRule);
  md.block.ruler.before("table", "tapir_comment", commentRule, INTERRUPTS);
  md.block.ruler.before("table", "tapir_block", blockTagRule, INTERRUPTS);
  md.inline.ruler.before("text", "tapir_element", elementRule);
  const htmlBlock = md.block.ruler.__rules__.find((rule) => rule.name === "html_block");
  if (htmlBlock === undefined) throw new Error("markdown-it has no html_block rule to wrap");
  md.block.ruler.at("html_block", endHtmlAtTapirLines(htmlBlock.fn), { alt: htmlBlock.alt });
  guardDroppedContent(md);
}

/**
 * markdown-it's raw HTML block runs to the next blank line, so a `|>` right under `<br/>` would become HTML.
 * Taipy, which works line by line, still sees the tag: end the HTML block before any Tapir tag line.
 */
function endHtmlAtTapirLines(htmlBlock: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const tokenCount = state.tokens.length;
    if (silent || !htmlBlock(state, startLine, endLine, false)) {
      return htmlBlock(state, startLine, endLine, silent);
    }
    for (let line = startLine + 1; line < state.line; line++) {
      if (blockTagRule(state, line, endLine, true) || commentRule(state, line, endLine, true)) {
        state.tokens.length = tokenCount;
        return htmlBlock(state, startLine, line, false);
      }
    }
    return true;
  };
}
