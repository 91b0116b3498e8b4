/**
 * The markdown-it block rules of Tapir: block opening and closing tags, and Taipy's comment lines. They may
 * interrupt a paragraph, a list or a quote, as a line-based preprocessor (Taipy's) would let them.
 */
import type { StateBlock } from "markdown-it";
import { blockForm } from "./block_form.ts";
import { ParseContext } from "./parse_context.ts";
import { splitFragments } from "./split_fragments.ts";

/** The token types the block rules push (the tree builder reads their `TagMark`). */
export const BLOCK_OPEN_TOKEN = "tapir_block_open";
export const BLOCK_CLOSE_TOKEN = "tapir_block_close";

const CLOSING_LINE = /^\|([A-Za-z_][A-Za-z0-9_]*)?>\s*$/;
const COMMENT_LINE = /^\[\/\/\]:/;

/** Where the text of `line` starts and ends, or undefined when it is indented code. */
function lineText(state: StateBlock, line: number): { start: number; end: number } | undefined {
  const indent = (state.sCount[line] ?? 0) - state.blkIndent;
  if (indent >= 4) return undefined;
  return { start: (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), end: state.eMarks[line] ?? 0 };
}

/** Skips a Taipy comment line, `[//]: # (comment)`, even inside a paragraph. */
export function commentRule(
  state: StateBlock,
  startLine: number,
  _endLine: number,
  silent: boolean,
): boolean {
  const text = lineText(state, startLine);
  if (text === undefined || !COMMENT_LINE.test(state.src.slice(text.start, text.end))) return false;
  if (!silent) state.line = startLine + 1;
  return true;
}

/** Turns a block opening or closing tag line into a `tapir_block_open` or `tapir_block_close` token. */
export function blockTagRule(
  state: StateBlock,
  startLine: number,
  _endLine: number,
  silent: boolean,
): boolean {
  const text = lineText(state, startLine);
  if (text === undefined) return false;
  const context = ParseContext.of(state.env);
  const line = state.src.slice(text.start, text.end);
  const closing = CLOSING_LINE.exec(line);
  if (closing !== null) {
    if (silent) return true;
    const token = state.push(BLOCK_CLOSE_TOKEN, "", 0);
    token.map = [startLine, startLine + 1];
    const tag = `|${closing[1] ?? ""}>`;
    context.marks.set(token, { kind: "close", tag, position: context.positionAt(text.start) });
    state.line = startLine + 1;
    return true;
  }

  const occurrence = context.scan.byStart.get(text.start);
  const form = occurrence === undefined ? undefined : blockForm(occurrence, context);
  if (occurrence === undefined || form === undefined) return false;
  if (silent) return true;
  const { element, blockTag } = splitFragments(occurrence, context, form === "open" ? "part" : "text");
  occurrence.consumed = true;
  const token = state.push(form === "end" ? BLOCK_CLOSE_TOKEN : BLOCK_OPEN_TOKEN, "", 0);
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  if (form === "end") {
    context.marks.set(token, { kind: "close", tag: `<|${element.type}.end|>`, position: element.position });
    return true;
  }
  if (form === "open" && blockTag !== undefined) {
    context.fail(
      `Block tag "${element.type}.${blockTag}" must end with "|>"`,
      element.typePosition,
      `write "<|${element.type}.${blockTag}|...|>", or open the block with "<|${element.type}|...|"`,
    );
  }
  if (!context.blockNames.has(element.type)) {
    context.fail(
      `Element "${element.type}" cannot open a block`,
      element.typePosition,
      `close it with "|>" on the same line; blocks are ${[...context.blockNames].join(", ")}`,
    );
  }
  element.children = [];
  const closer = form === "start" ? `<|${element.type}.end|>` : `|${occurrence.name ?? ""}>`;
  context.marks.set(token, { kind: "open", element, closer });
  return true;
}
