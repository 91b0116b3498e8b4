/**
 * The few things jsep cannot find in an inline callback's body: where statements end (`;`), where an
 * assignment's operator stands, where the last link of an assignment's target starts, and where a block's
 * brace closes. All of them look at the top level only: outside strings and outside (), [] and {}.
 */

/** A piece of the scanned text: its text and where it starts in the text given. */
export interface TextPiece {
  text: string;
  offset: number;
}

/** An assignment statement cut at its operator: `left op= right`. */
export interface AssignmentCut {
  left: TextPiece;
  /** "=", or the operator of a compound assignment ("+", "??", ...). */
  operator: string;
  right: TextPiece;
}

const OPENERS = new Set(["(", "[", "{"]);
const CLOSERS = new Set([")", "]", "}"]);
const QUOTES = new Set(["'", '"', "`"]);
/** Operators that may precede `=` in a compound assignment, longest first. */
const COMPOUND = ["**", "&&", "||", "??", "<<", ">>", "+", "-", "*", "/", "%", "&", "|", "^"];

/**
 * Calls `visit(index, depth)` for each character of `text` outside strings. `depth` counts the brackets
 * around the character: an opening bracket counts at the depth it opens from, a closing one at the depth
 * it returns to. Stops when `visit` returns true.
 */
function scan(text: string, visit: (index: number, depth: number) => boolean | void): void {
  let depth = 0;
  let quote = "";
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quote !== "") {
      if (char === "\\") index++;
      else if (char === quote) quote = "";
      continue;
    }
    if (QUOTES.has(char)) quote = char;
    if (CLOSERS.has(char)) depth--;
    if (visit(index, depth) === true) return;
    if (OPENERS.has(char)) depth++;
  }
}

/** Offsets of the top-level occurrences of `char` in `text`. */
function topLevel(text: string, char: string): number[] {
  const found: number[] = [];
  scan(text, (index, depth) => void (depth === 0 && text.charAt(index) === char && found.push(index)));
  return found;
}

/** The statements of a body, cut at top-level `;`, empty ones left out. */
export function splitStatements(text: string, offset: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  for (const end of [...topLevel(text, ";"), text.length]) {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== "") pieces.push({ text: piece.trim(), offset: offset + start + lead });
    start = end + 1;
  }
  return pieces;
}

/** The statement's top-level assignment, or undefined when it is an expression (`==`, `=>`, `<=` are not). */
export function cutAssignment(statement: TextPiece): AssignmentCut | undefined {
  const { text, offset } = statement;
  for (const index of topLevel(text, "=")) {
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    if (after === "=" || after === ">" || before === "=" || before === "!") continue;
    const head = text.slice(0, index);
    // `a <= b` and `a >= b` compare; `a <<= b` and `a >>= b` are found by COMPOUND first.
    const operator = COMPOUND.find((candidate) => head.endsWith(candidate)) ??
      (before === "<" || before === ">" ? undefined : "");
    if (operator === undefined) continue;
    const leftText = head.slice(0, head.length - operator.length);
    const rightText = text.slice(index + 1);
    return {
      left: { text: leftText.trim(), offset: offset + leftText.length - leftText.trimStart().length },
      operator: operator === "" ? "=" : operator,
      right: { text: rightText.trim(), offset: offset + index + 1 + rightText.length - rightText.trimStart().length },
    };
  }
  return undefined;
}

/**
 * Where the last link of a target starts: the offset of its last top-level `.` or `[`, or -1 for a bare
 * name. `state.rows[i].done` -> the offset of `.done`.
 */
export function lastLinkStart(text: string): number {
  return Math.max(-1, ...topLevel(text, "."), ...topLevel(text, "["));
}

/** The index of the bracket that closes the one at `text[0]`, or -1 when it stays open. */
export function matchingClose(text: string): number {
  let close = -1;
  scan(text, (index, depth) => {
    if (index === 0 || depth !== 0 || !CLOSERS.has(text.charAt(index))) return;
    close = index;
    return true;
  });
  return close;
}
