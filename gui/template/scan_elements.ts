/**
 * The pre-scan: before Markdown parses anything, find every `<|` (and named opening tag `<name|`) with its
 * exact line and column. Markdown-it reports block lines but no inline columns; the rules that meet a tag
 * later look its occurrence up here to learn where it stands.
 *
 * The scan also masks the pipes inside tags, so that a Markdown table row does not split
 * `| <|{x}|slider|> |` into cells: see `MASKED_PIPE`.
 */
import { lexTag } from "./lex_tag.ts";
import type { TagLex } from "./lex_tag.ts";

/**
 * What stands for `|` inside tags in the masked text. NUL cannot occur in the text markdown-it parses (its
 * normalizer turns NUL into U+FFFD before our scan runs), and it has the same length as `|`, so offsets in
 * the masked and the original text agree.
 */
export const MASKED_PIPE = "\0";

/** One `<|` or `<name|` found by the pre-scan. Offsets are in the normalized page text. */
export interface TagOccurrence {
  /** Offset of the `<`. */
  start: number;
  /** 0-based line index, as markdown-it counts lines. */
  lineIndex: number;
  /** 1-based line and column (in code points) of the `<`. */
  line: number;
  column: number;
  lineStart: number;
  lineEnd: number;
  /** The identifier of a named opening tag (`main` in `<main|part|`), else undefined. */
  name: string | undefined;
  lex: TagLex;
  /** Set once a Markdown rule has turned this occurrence into an element. */
  consumed: boolean;
}

/** Everything the pre-scan learned about a page's text. */
export interface ElementScan {
  /** The occurrences in document order. */
  occurrences: TagOccurrence[];
  byStart: Map<number, TagOccurrence>;
  /** Occurrences by 0-based line index, in order. */
  byLine: Map<number, TagOccurrence[]>;
  /**
   * By 0-based line index, the index in `byLine` just after the last occurrence consumed there: where the
   * search for the line's next tag starts (see `locateOccurrence`).
   */
  nextOnLine: Map<number, number>;
  /** How many candidates the lookups examined: the work that must stay linear in the number of tags. */
  examined: number;
  /** Offset where each line starts. */
  lineStarts: number[];
  /** The text with every pipe inside a tag replaced by `MASKED_PIPE`. */
  masked: string;
}

const NAMED_TAG = /<([A-Za-z_][A-Za-z0-9_]*)\|/y;
/** What may stand before a named opening tag on its line: indentation and list or quote markers. */
const CONTAINER_PREFIX = /^[\s>*+\-\d.)]*$/;

/**
 * Finds every tag occurrence in `text` (already normalized: `\n` line ends) and masks the pipes inside them.
 *
 * @example
 * ```ts
 * const scan = scanElements("a <|{x}|> b");
 * scan.occurrences[0]?.column; // 3
 * scan.masked; // "a <\0{x}\0> b"
 * ```
 */
export function scanElements(text: string): ElementScan {
  const occurrences: TagOccurrence[] = [];
  const byStart = new Map<number, TagOccurrence>();
  const byLine = new Map<number, TagOccurrence[]>();
  const lineStarts: number[] = [];
  let lineStart = 0;
  // Where the next "<" stands, searched again only once passed: a line-by-line indexOf would rescan the
  // text up to the next "<" from every line.
  let nextLess = text.indexOf("<");
  for (let lineIndex = 0; lineStart <= text.length; lineIndex++) {
    lineStarts.push(lineStart);
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let counted = lineStart;
    let column = 1;
    let from = lineStart;
    for (;;) {
      if (nextLess >= 0 && nextLess < from) nextLess = text.indexOf("<", from);
      const at = nextLess;
      if (at < 0 || at >= lineEnd) break;
      let name: string | undefined;
      let contentStart = at + 2;
      if (text.charCodeAt(at + 1) !== 0x7c) {
        NAMED_TAG.lastIndex = at;
        const named = NAMED_TAG.exec(text);
        if (named === null || !CONTAINER_PREFIX.test(text.slice(lineStart, at))) {
          from = at + 1;
          continue;
        }
        name = named[1];
        contentStart = at + named[0].length;
      }
      const lex = lexTag(text, contentStart, lineEnd);
      // A named tag that closes on its line is not a Tapir tag (Tapir has no inline named elements).
      if (name !== undefined && lex.end >= 0) {
        from = at + 1;
        continue;
      }
      column += countCodePoints(text, counted, at);
      counted = at;
      const occurrence: TagOccurrence = {
        start: at,
        lineIndex,
        line: lineIndex + 1,
        column,
        lineStart,
        lineEnd,
        name,
        lex,
        consumed: false,
      };
      occurrences.push(occurrence);
      byStart.set(at, occurrence);
      const onLine = byLine.get(lineIndex);
      if (onLine === undefined) byLine.set(lineIndex, [occurrence]);
      else onLine.push(occurrence);
      from = lex.stop;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return {
    occurrences,
    byStart,
    byLine,
    nextOnLine: new Map(),
    examined: 0,
    lineStarts,
    masked: maskPipes(text, occurrences),
  };
}

/** How many code points `text` holds from `from` to `to` (a surrogate pair counts once). */
export function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // A low surrogate that follows a high one completes a pair already counted.
    if (code < 0xdc00 || code > 0xdfff || index === from || !isHighSurrogate(text.charCodeAt(index - 1))) {
      count++;
    }
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function maskPipes(text: string, occurrences: TagOccurrence[]): string {
  if (occurrences.length === 0) return text;
  const chunks: string[] = [];
  let cursor = 0;
  for (const { start, lex } of occurrences) {
    chunks.push(text.slice(cursor, start), text.slice(start, lex.stop).replaceAll("|", MASKED_PIPE));
    cursor = lex.stop;
  }
  chunks.push(text.slice(cursor));
  return chunks.join("");
}
