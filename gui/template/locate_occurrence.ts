/**
 * Maps a tag met inside markdown-it's inline content back to its pre-scanned occurrence. Inline content is
 * the source with container prefixes (`> `, list indentation, table pipes) cut off and lines trimmed, so
 * offsets differ from the source; but each content line comes from one source line, in order, and the text
 * just before a tag is the same in both. That gives the exact occurrence, even when a code span earlier on
 * the line holds the same tag text.
 */
import type { ElementScan, TagOccurrence } from "./scan_elements.ts";

/** How many characters before a tag are compared: enough to tell repeats apart, bounded for long lines. */
const CONTEXT_LENGTH = 64;

/** One piece of inline content (a paragraph, heading or table cell) and the source line it starts on. */
export class InlineContent {
  readonly text: string;
  /** 0-based source line index of the content's first line. */
  readonly firstLine: number;
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
  const candidates = scan.byLine.get(content.firstLine + line.index) ?? [];
  let fallback: TagOccurrence | undefined;
  let found: TagOccurrence | undefined;
  for (const candidate of candidates) {
    if (candidate.consumed || !sameTag(scan.masked, candidate, content.text, offset, line.end)) continue;
    fallback ??= candidate;
    if (sameContext(scan.masked, candidate, content.text, offset - line.start, offset)) {
      found = candidate;
      break;
    }
  }
  const result = found ?? fallback;
  if (result !== undefined && consume) result.consumed = true;
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

function sameContext(
  masked: string,
  candidate: TagOccurrence,
  content: string,
  before: number,
  offset: number,
): boolean {
  const length = Math.min(before, CONTEXT_LENGTH);
  if (candidate.start - candidate.lineStart < length) return false;
  for (let index = 1; index <= length; index++) {
    if (masked.charCodeAt(candidate.start - index) !== content.charCodeAt(offset - index)) return false;
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
