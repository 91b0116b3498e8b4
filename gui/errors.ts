/**
 * Error classes of Tapir. A position is always a field (page, line, column), and the message ends with a
 * code frame so that a developer sees the fault without opening the file.
 */

/**
 * Where in a page's text something stands. Lines and columns are 1-based.
 *
 * @example
 * ```ts
 * import { type SourcePosition, TemplateSyntaxError } from "tapir";
 *
 * function where(error: TemplateSyntaxError): SourcePosition {
 *   return { line: error.line, column: error.column };
 * }
 * ```
 */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Everything needed to point at a fault in a page. */
export interface TemplateErrorOptions {
  /** The page's name ("/", "about", or a file path). */
  page: string;
  /** The page's whole text, used for the code frame. */
  source: string;
  position: SourcePosition;
  /** A did-you-mean or what-to-do sentence, appended to the message. */
  hint?: string;
}

/**
 * A page that cannot be turned into elements: a syntax error, an unknown element, property or variable, a
 * malformed expression or a bad property value.
 *
 * @example
 * ```ts
 * try {
 *   new Gui({ page: "<|{x}|slidr|>", state: { x: 1 } });
 * } catch (error) {
 *   if (error instanceof TemplateSyntaxError) console.log(error.line, error.column); // 1 6
 * }
 * ```
 */
export class TemplateSyntaxError extends Error {
  override name = "TemplateSyntaxError";
  readonly page: string;
  readonly line: number;
  readonly column: number;
  /** The message without position or code frame. */
  readonly reason: string;
  readonly hint: string | undefined;

  constructor(reason: string, options: TemplateErrorOptions) {
    const { page, source, position, hint } = options;
    const where = `in page "${page}" at line ${position.line}, column ${position.column}`;
    const sentence = `${reason} ${where}${hint ? ` (${hint})` : ""}`;
    super(`${sentence}\n\n${codeFrame(source, position)}`);
    this.page = page;
    this.line = position.line;
    this.column = position.column;
    this.reason = reason;
    this.hint = hint;
  }
}

/**
 * Raised by `invokeCallback` for a state id that never existed or whose tab has gone.
 *
 * @example
 * ```ts
 * import { invokeCallback, UnknownStateError } from "tapir";
 *
 * try {
 *   await invokeCallback(gui, stateId, (state) => void (state.count += 1), []);
 * } catch (error) {
 *   if (error instanceof UnknownStateError) forget(error.stateId); // the tab has gone
 * }
 * ```
 */
export class UnknownStateError extends Error {
  override name = "UnknownStateError";
  readonly stateId: string;

  constructor(stateId: string) {
    super(
      `No client state with id "${stateId}": the tab was closed longer ago than the state retention time, ` +
        `or the id is wrong. Remove it from your list of state ids.`,
    );
    this.stateId = stateId;
  }
}

/**
 * A misuse of the API that is not about page text (bad options, a callback name never registered...).
 *
 * @example
 * ```ts
 * import { Gui, GuiConfigurationError } from "tapir";
 *
 * try {
 *   new Gui({ page: "<|{x}|>", pages: { home: "# Home" }, state: { x: 1 } });
 * } catch (error) {
 *   if (error instanceof GuiConfigurationError) console.error(error.message); // give either page or pages
 * }
 * ```
 */
export class GuiConfigurationError extends Error {
  override name = "GuiConfigurationError";
}

const FRAME_CONTEXT_LINES = 2;

/**
 * The lines around `position` with a gutter of line numbers and a caret under the column, in the style of
 * Babel and Fresh.
 */
export function codeFrame(source: string, position: SourcePosition): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, position.line - FRAME_CONTEXT_LINES);
  const last = Math.min(lines.length, position.line + FRAME_CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const marker = number === position.line ? ">" : " ";
    const text = lines[number - 1] ?? "";
    out.push(`${marker} ${String(number).padStart(gutterWidth)} | ${text}`);
    if (number === position.line) {
      // Tabs keep their width in the caret line so the caret lands under the right character.
      // Columns count code points (an emoji is one column), so slice by code points too.
      const before = Array.from(text).slice(0, Math.max(0, position.column - 1)).join("").replace(/[^\t]/g, " ");
      out.push(`  ${" ".repeat(gutterWidth)} | ${before}^`);
    }
  }
  return out.join("\n");
}

/** The closest of `candidates` to `word` by edit distance, if it is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** A did-you-mean hint for `word`, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
