/**
 * The markdown-it inline rule of Tapir (elements inside a line), and the core rules around it: one that
 * swaps in the pre-scanned text right after normalization, and one that runs the inline parser telling
 * the context which source line each piece of inline content starts on.
 */
import type { StateCore, StateInline } from "markdown-it";
import { inlineElement } from "./inline_element.ts";
import { ParseContext } from "./parse_context.ts";

/** The token type of an inline element (the tree builder reads its `TagMark`). */
export const ELEMENT_TOKEN = "tapir_element";

const LESS = 0x3c;
/** `\0` is `MASKED_PIPE`: in the text markdown-it sees, a tag starts with `<\0` or `<name\0`. */
const NAMED_START = /<[A-Za-z_][A-Za-z0-9_]*\0/y;
const MASKED_PIPE_CODE = 0;

/** Core rule, right after `normalize`: parse the text whose tag pipes are masked (see `scanElements`). */
export function scanRule(state: StateCore): void {
  const context = ParseContext.of(state.env);
  if (state.src !== context.text) throw new Error("Tapir and markdown-it normalized the page differently");
  state.src = context.scan.masked;
}

/** Core rule in place of markdown-it's `inline`: the same loop, plus the source line of each content. */
export function coreInlineRule(state: StateCore): void {
  const context = ParseContext.of(state.env);
  let line = 0;
  for (const token of state.tokens) {
    // Table cells carry no map: they take their row's line, seen just before them.
    if (token.map !== null) line = token.map[0];
    if (token.type !== "inline") continue;
    context.beginInline(token.content, line);
    token.children ??= [];
    state.md.inline.parse(token.content, state.md, state.env, token.children);
  }
}

/** Inline rule: `<|...|>` becomes a `tapir_element` token; a broken tag throws. */
export function elementRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== LESS) return false;
  if (src.charCodeAt(pos + 1) !== MASKED_PIPE_CODE) {
    NAMED_START.lastIndex = pos;
    if (!NAMED_START.test(src)) return false;
  }
  const context = ParseContext.of(state.env);
  const occurrence = context.locateInline(src, pos, !silent);
  if (occurrence === undefined) return false;
  const { lex } = occurrence;
  if (silent) {
    // Open tags fail when parsed for real; while markdown-it only measures a link label they stay text.
    if (lex.end < 0) return false;
  } else {
    const element = inlineElement(occurrence, context);
    context.marks.set(state.push(ELEMENT_TOKEN, "", 0), { kind: "inline", element });
  }
  state.pos += (lex.end < 0 ? lex.stop : lex.end) - occurrence.start;
  return true;
}
