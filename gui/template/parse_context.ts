/**
 * What the Markdown rules of one `parsePage` call share: the page, its pre-scan, the element names, and
 * the way to fail with a positioned error. It travels in markdown-it's `env`, so one markdown-it instance
 * serves every page.
 */
import { TemplateSyntaxError } from "../errors.ts";
import type { SourcePosition } from "../errors.ts";
import type { Env, Token } from "markdown-it";
import { InlineContent, locateOccurrence } from "./locate_occurrence.ts";
import { countCodePoints, scanElements } from "./scan_elements.ts";
import type { ElementScan, TagOccurrence } from "./scan_elements.ts";
import type { TagMark } from "./tag_mark.ts";

/** The key of the parse context in markdown-it's `env`. */
const CONTEXT_KEY = "tapirParseContext";

/** Settings of one parse, as given to `parsePage`. */
export interface ParseContextOptions {
  page: string;
  elementNames: ReadonlySet<string>;
  blockNames: ReadonlySet<string>;
}

/** The state of one page parse. */
export class ParseContext {
  readonly page: string;
  /** The page text as given (used for code frames). */
  readonly source: string;
  /** The text markdown-it parses: `\n` line ends, NUL replaced (as markdown-it's normalizer does). */
  readonly text: string;
  readonly elementNames: ReadonlySet<string>;
  readonly blockNames: ReadonlySet<string>;
  /** What the rules found, by the token they pushed. */
  readonly marks = new Map<Token, TagMark>();
  #scan: ElementScan | undefined;
  #inline: InlineContent | undefined;
  /** Where the search for the next piece of the current inline content starts (see `locateInline`). */
  #pieceFrom = 0;

  constructor(source: string, options: ParseContextOptions) {
    this.page = options.page;
    this.source = source;
    this.text = source.replace(/\r\n?/g, "\n").replaceAll("\0", "\uFFFD");
    this.elementNames = options.elementNames;
    this.blockNames = options.blockNames;
  }

  /** The pre-scan of `text`, made on first use (by the core rule that runs right after normalization). */
  get scan(): ElementScan {
    return this.#scan ??= scanElements(this.text);
  }

  /** Puts this context into a fresh markdown-it `env`. */
  toEnv(): Env {
    return { [CONTEXT_KEY]: this };
  }

  /** The context that `toEnv` stored, from inside a markdown-it rule. */
  static of(env: Env): ParseContext {
    const context = env[CONTEXT_KEY];
    if (context instanceof ParseContext) return context;
    throw new Error("The Tapir Markdown rules run only inside parsePage()");
  }

  /** Throws a `TemplateSyntaxError` at `position`. */
  fail(reason: string, position: SourcePosition, hint?: string): never {
    throw new TemplateSyntaxError(reason, {
      page: this.page,
      source: this.source,
      position,
      ...(hint === undefined ? {} : { hint }),
    });
  }

  /** The position of `offset` in `text`; columns count code points. */
  positionAt(offset: number): SourcePosition {
    const starts = this.scan.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: 1 + countCodePoints(this.text, starts[low] ?? 0, offset) };
  }

  /** The position of `offset`, which stands on the line of `occurrence` at or after its `<`. */
  positionIn(occurrence: TagOccurrence, offset: number): SourcePosition {
    return {
      line: occurrence.line,
      column: occurrence.column + countCodePoints(this.text, occurrence.start, offset),
    };
  }

  /** Declares the inline content that markdown-it is about to parse, and its first source line. */
  beginInline(text: string, firstLine: number): void {
    this.#inline = new InlineContent(text, firstLine);
    this.#pieceFrom = 0;
  }

  /**
   * The occurrence of the tag at `offset` in `text`, which is the current inline content or, for an
   * image's text that markdown-it parses apart, a piece of it (see `locateOccurrence`).
   */
  locateInline(text: string, offset: number, consume: boolean): TagOccurrence | undefined {
    const inline = this.#inline;
    if (inline === undefined) return undefined;
    if (text === inline.text) return locateOccurrence(this.scan, inline, offset, consume);
    // Images' texts are parsed in order: look for this one after the last one found, so that a line of
    // images is not searched from its start for each of them.
    let base = inline.text.indexOf(text, this.#pieceFrom);
    if (base < 0) base = inline.text.indexOf(text);
    if (base < 0) return undefined;
    this.#pieceFrom = base + 1;
    return locateOccurrence(this.scan, inline, base + offset, consume);
  }
}
