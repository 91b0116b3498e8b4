/**
 * Maps a tag met inside markdown-it's inline content back to its pre-scanned occurrence. Inline content is
 * the source with container prefixes (`> `, list indentation, table pipes) cut off and lines trimmed, so
 * offsets differ from the source; but each content line comes from one source line, in order, and the text
 * just before a tag is the same in both. That gives the exact occurrence, even when a code span earlier on
 * the line holds the same tag text.
 *
 * Linear on long lines: a lookup starts after the last tag consumed on the line (Markdown consumes them
 * left to right), or after the last tag located in the same content when it looks further right (link
 * labels are measured ahead without consuming), never from the line start.
 */
import type { ElementScan, TagOccurrence } from "./scan_elements.ts";

/** How many characters before a tag are compared: enough to tell repeats apart, bounded for long lines. */
const CONTEXT_LENGTH = 64;
const PIPE = 0x7c;
const BACKSLASH = 0x5c;

/** The last lookup in one content: a later tag of the same line stands after it. */
interface LastLookup {
  offset: number;
  lineIndex: number;
  index: number;
}

/** One piece of inline content (a paragraph, heading or table cell) and the source line it starts on. */
export class InlineContent {
  readonly text: string;
  /** 0-based source line index of the content's first line. */
  readonly firstLine: number;
  /** Where the previous lookup in this content found its tag. */
  last: LastLookup | undefined;
  #lineStarts: number[] | undefined;

  constructor(text: string, firstLine: number) {
    this.text = text;
    this.firstLine = firstLine;
  }

  /** The index of the content line holding `offset`, and where that line starts. */
  lineAt(offset: number): { index: number; start: number; end: number } {
    const starts = this.#lineStarts ??= lineStartsOf(this.text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const start = starts[low] ?? 0;
    const next = starts[low + 1];
    return { index: low, start, end: next === undefined ? this.text.length : next - 1 };
  }
}

/**
 * The occurrence of the tag that starts at `offset` in `content`, or undefined if none matches (then the
 * text is left as text). Marks it consumed when `consume` is set.
 */
export function locateOccurrence(
  scan: ElementScan,
  content: InlineContent,
  offset: number,
  consume: boolean,
): TagOccurrence | undefined {
  const line = content.lineAt(offset);
  const lineIndex = content.firstLine + line.index;
  const candidates = scan.byLine.get(lineIndex) ?? [];
  const last = content.last;
  const afterLast = last !== undefined && last.lineIndex === lineIndex && last.offset < offset
    ? last.index + 1
    : 0;
  let fallback: number | undefined;
  let found: number | undefined;
  for (
    let index = Math.max(scan.nextOnLine.get(lineIndex) ?? 0, afterLast);
    index < candidates.length;
    index++
  ) {
    const candidate = candidates[index];
    scan.examined++;
    if (candidate === undefined || candidate.consumed) continue;
    if (!sameTag(scan.masked, candidate, content.text, offset, line.end)) continue;
    fallback ??= index;
    if (sameContext(scan.masked, candidate, content.text, offset - line.start, offset)) {
      found = index;
      break;
    }
  }
  const chosen = found ?? fallback;
  const result = chosen === undefined ? undefined : candidates[chosen];
  if (chosen === undefined || result === undefined) return undefined;
  content.last = { offset, lineIndex, index: chosen };
  if (consume) {
    result.consumed = true;
    scan.nextOnLine.set(lineIndex, chosen + 1);
  }
  return result;
}

function sameTag(
  masked: string,
  candidate: TagOccurrence,
  content: string,
  offset: number,
  contentLineEnd: number,
): boolean {
  const { start, lex } = candidate;
  if (lex.end >= 0) return content.startsWith(masked.slice(start, lex.end), offset);
  // An open tag may run to the end of its line, which the content may have trimmed or cut.
  const tag = masked.slice(start, lex.stop).trimEnd();
  const rest = content.slice(offset, contentLineEnd).trimEnd();
  return content.startsWith(tag, offset) || (rest.length > 0 && tag.startsWith(rest));
}

/**
 * Whether the text before the tag is the same in the source and the content. A table cell's content has
 * lost the backslash of each `\|` (markdown-it unescapes them when it splits the row): skip it, so that
 * the context still matches and the search stops here instead of running to the end of the row.
 */
function sameContext(
  masked: string,
  candidate: TagOccurrence,
  content: string,
  before: number,
  offset: number,
): boolean {
  const length = Math.min(before, CONTEXT_LENGTH);
  let source = candidate.start;
  for (let index = 1; index <= length; index++) {
    source--;
    if (source < candidate.lineStart) return false;
    const code = content.charCodeAt(offset - index);
    if (masked.charCodeAt(source) !== code) return false;
    if (
      code === PIPE && masked.charCodeAt(source - 1) === BACKSLASH &&
      content.charCodeAt(offset - index - 1) !== BACKSLASH
    ) {
      source--;
    }
  }
  return true;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}
