/**
 * Where markdown-it would make part of a page vanish without a word, Tapir fails with a position instead:
 * lists and quotes nested past `maxNesting` (markdown-it skips the rest of the block), raw HTML that never
 * closes (`<!--`, `<script>`... hide everything after them), and elements written as the address of a link
 * reference definition (the whole line becomes a definition and shows nothing).
 */
import type { MarkdownIt, StateBlock } from "markdown-it";
import { ParseContext } from "./parse_context.ts";

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** Raw HTML blocks that run until their closing pattern (markdown-it's own list), and how they close. */
const RAW_BLOCKS: readonly [opening: RegExp, closing: RegExp, closer: string][] = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, "the matching end tag"],
  [/^<!--/, /-->/, '"-->"'],
  [/^<\?/, /\?>/, '"?>"'],
  [/^<!\[CDATA\[/, /\]\]>/, '"]]>"'],
];

/**
 * Installs the guards on `md` (after Tapir's own rules, see markdown_plugin.ts).
 *
 * @example
 * ```ts
 * const md = new MarkdownIt("default", { html: true });
 * tapirMarkdownPlugin(md); // calls guardDroppedContent(md)
 * ```
 */
export function guardDroppedContent(md: MarkdownIt): void {
  refuseTooDeepNesting(md);
  wrapRule(md, "html_block", refuseUnclosedRawHtml);
  wrapRule(md, "reference", refuseElementsInReferences);
}

function wrapRule(md: MarkdownIt, name: string, wrap: (rule: BlockRule) => BlockRule): void {
  const rule = md.block.ruler.__rules__.find((candidate) => candidate.name === name);
  if (rule === undefined) throw new Error(`markdown-it has no ${name} rule to wrap`);
  md.block.ruler.at(name, wrap(rule.fn as BlockRule), { alt: rule.alt });
}

/**
 * Nested content is tokenized by calling `md.block.tokenize` again, so wrapping it sees every level and can
 * fail at the first line that markdown-it would skip.
 */
function refuseTooDeepNesting(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state, startLine, endLine) => {
    const limit = md.options.maxNesting;
    if (state.level >= limit) {
      const line = state.skipEmptyLines(startLine);
      if (line < endLine && (state.sCount[line] ?? 0) >= state.blkIndent) {
        const context = ParseContext.of(state.env);
        context.fail(
          "Lists and quotes are nested too deeply",
          context.positionAt(lineStart(state, line)),
          `flatten the lists or quotes around this line: at most ${limit} levels, a list level counting twice`,
        );
      }
    }
    tokenize(state, startLine, endLine);
  };
}

/** A raw HTML block that reaches the end of its container without closing hides all that follows. */
function refuseUnclosedRawHtml(htmlBlock: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const first = state.tokens.length;
    if (!htmlBlock(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const content = state.tokens[first]?.content ?? "";
    const raw = RAW_BLOCKS.find(([opening]) => opening.test(content.trimStart()));
    if (raw !== undefined && state.line >= endLine && !raw[1].test(content)) {
      const context = ParseContext.of(state.env);
      const tag = /^<(!--|\?|!\[CDATA\[|[a-z]+)/i.exec(content.trimStart())?.[0] ?? "<";
      context.fail(
        `Unclosed raw HTML "${tag}"`,
        context.positionAt(lineStart(state, startLine)),
        `close it with ${raw[2]}: until then it hides the rest of the page`,
      );
    }
    return true;
  };
}

/** `[label]: <|{x}|>` defines a link target: the element would never show. */
function refuseElementsInReferences(reference: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (!reference(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const context = ParseContext.of(state.env);
    for (let line = startLine; line < state.line; line++) {
      const occurrence = context.scan.byLine.get(line)?.find((candidate) => !candidate.consumed);
      if (occurrence !== undefined) {
        context.fail(
          "An element cannot stand in a link reference definition",
          { line: occurrence.line, column: occurrence.column },
          'the line "[label]: ..." defines a link and shows nothing; write the element on a line of its own',
        );
      }
    }
    return true;
  };
}

function lineStart(state: StateBlock, line: number): number {
  return (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
}
