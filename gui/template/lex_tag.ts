/**
 * The one lexer of `<|...|>` tags, shared by the pre-scan (which only needs where a tag ends) and by the
 * fragment splitter (which needs where each fragment starts and ends). Keeping a single lexer guarantees
 * that both agree on which `|` splits, which `|>` closes and which brace is left open.
 */

/** A half-open range `[start, end)` of offsets in the page text. */
export interface TextRange {
  start: number;
  end: number;
}

/** What lexing one tag found, all as offsets in the text that was lexed. */
export interface TagLex {
  /** The fragments between pipes, empty ones included. For an open tag the last one runs to `stop`. */
  fragments: TextRange[];
  /** Offset just after the closing `|>`, or -1 when the tag has none on its line. */
  end: number;
  /** Where lexing stopped: `end` when closed, else the line end or a `<|` that starts another tag. */
  stop: number;
  /** Offset of the first `{` never closed, or -1. */
  unclosedBrace: number;
  /** Offset of the first `}` that no `{` opened, or -1. */
  strayBrace: number;
  /** Offsets of the backslashes of escaped pipes `\|` (outside braces), to drop from values. */
  escapes: number[];
}

const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GREATER = 0x3e;
const LESS = 0x3c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTES = new Set([0x22, 0x27, 0x60]); // " ' `

/**
 * Lexes a tag whose fragments start at `from` (just after `<|` or `<name|`) and may not go past `lineEnd`.
 *
 * Outside braces `\|` is a literal pipe, `|` splits and the first `|>` closes. Inside braces nothing splits
 * or closes, and quotes (`"`, `'`, backquote) hide braces, pipes and backslash-escaped quotes, so that
 * `{a || b}` and `{ok ? "a|b" : "c"}` stay whole. A `<|` outside quotes stops the tag: elements do not nest
 * inline, so it is more likely that this tag lacks its `|>` (or its `}`).
 *
 * @example
 * ```ts
 * const text = "<|{a || b}|slider|>";
 * lexTag(text, 2, text.length).fragments; // [{start: 2, end: 10}, {start: 11, end: 17}]
 * ```
 */
export function lexTag(text: string, from: number, lineEnd: number): TagLex {
  const fragments: TextRange[] = [];
  const escapes: number[] = [];
  const braces: number[] = [];
  let strayBrace = -1;
  let quote = 0;
  let fragmentStart = from;
  let index = from;
  for (; index < lineEnd; index++) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === BACKSLASH) index++;
      else if (code === quote) quote = 0;
      continue;
    }
    if (code === LESS && text.charCodeAt(index + 1) === PIPE) break;
    if (braces.length > 0) {
      if (QUOTES.has(code)) quote = code;
      else if (code === OPEN_BRACE) braces.push(index);
      else if (code === CLOSE_BRACE) braces.pop();
      continue;
    }
    if (code === BACKSLASH && text.charCodeAt(index + 1) === PIPE) {
      escapes.push(index);
      index++;
    } else if (code === OPEN_BRACE) {
      braces.push(index);
    } else if (code === CLOSE_BRACE) {
      if (strayBrace < 0) strayBrace = index;
    } else if (code === PIPE) {
      fragments.push({ start: fragmentStart, end: index });
      if (text.charCodeAt(index + 1) === GREATER) {
        return { fragments, end: index + 2, stop: index + 2, unclosedBrace: -1, strayBrace, escapes };
      }
      fragmentStart = index + 1;
    }
  }
  const stop = Math.min(index, lineEnd);
  fragments.push({ start: fragmentStart, end: stop });
  return { fragments, end: -1, stop, unclosedBrace: braces[0] ?? -1, strayBrace, escapes };
}
