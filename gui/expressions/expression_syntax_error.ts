import { codeFrame, type SourcePosition } from "../errors.ts";

/** Where the fault is and what to do about it. */
export interface ExpressionSyntaxErrorOptions {
  /** The whole property value as written in the page. */
  source: string;
  /** 0-based offset into `source` where the fault is. */
  offset: number;
  /** A what-to-do sentence, appended to the message. */
  hint?: string | undefined;
}

/**
 * A property value whose braces or expression cannot be compiled: a syntax error, a construct bindings do not
 * allow (assignment, `new`, `this`...) or a refused property such as `constructor`. The offset is a field so that
 * the page parser can turn it into a line and column of the page.
 *
 * @example
 * ```ts
 * try {
 *   parsePropertyValue("{x +}");
 * } catch (error) {
 *   if (error instanceof ExpressionSyntaxError) console.log(error.offset, error.reason); // 4 "Expected an expression after "+""
 * }
 * ```
 */
export class ExpressionSyntaxError extends Error {
  override name = "ExpressionSyntaxError";
  /** 0-based offset into `source` where the fault is. */
  readonly offset: number;
  /** The message without position, hint or code frame. */
  readonly reason: string;
  readonly hint?: string;
  /** The whole property value as written. */
  readonly source: string;

  constructor(reason: string, options: ExpressionSyntaxErrorOptions) {
    const { source, offset, hint } = options;
    const sentence = `${reason} at offset ${offset} of "${source}"${hint ? ` (${hint})` : ""}`;
    super(`${sentence}\n\n${codeFrame(source, positionAt(source, offset))}`);
    this.offset = offset;
    this.reason = reason;
    this.source = source;
    if (hint !== undefined) this.hint = hint;
  }
}

/** The 1-based line and column of `offset` in `text` (values may span lines in a block's properties). */
function positionAt(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
