/**
 * Runs jsep over one expression and keeps what jsep throws away: where each node starts. The positions let a
 * refused construct (`x.constructor`, `this`) be reported at its own column rather than at the brace.
 */
import jsep from "jsep";
import type { Expression } from "jsep";
import { isTooDeep, MAX_EXPRESSION_DEPTH, tooDeepOffset } from "./expression_depth.ts";
import { ExpressionSyntaxError } from "./expression_syntax_error.ts";

/** An expression's tree and where its nodes start, relative to the expression text. */
export interface ParsedExpression {
  ast: Expression;
  /** Offset of a node within the expression text; nodes jsep builds in hooks borrow a child's offset. */
  offsetOf(node: Expression): number;
}

/** Where the expression text sits inside the property value, for error offsets. */
export interface ExpressionLocation {
  /** The whole property value. */
  source: string;
  /** Offset of the expression's first character (just after `{`) in `source`. */
  start: number;
}

/** The members of jsep's parser class that are overridden below; jsep's typings do not declare the class. */
interface JsepParser {
  index: number;
  gobbleSpaces(): void;
  gobbleToken(): Expression | false;
  gobbleIdentifier(): Expression;
  gobbleStringLiteral(): Expression;
  gobbleNumericLiteral(): Expression;
  gobbleGroup(): Expression | false;
  parse(): Expression;
}

type JsepParserClass = new (expression: string) => JsepParser;

/** jsep's own error: a message, a description without position, and the index where it gave up. */
interface JsepError extends Error {
  index: number;
  description: string;
}

const JsepBase = (jsep as unknown as { Jsep: JsepParserClass }).Jsep;

/**
 * A jsep parser that records where tokens start. Subclassing, rather than jsep hooks, keeps jsep's global
 * configuration untouched for any other code in the process that uses it.
 */
class PositionedParser extends JsepBase {
  readonly starts = new WeakMap<Expression, number>();

  override gobbleToken(): Expression | false {
    this.gobbleSpaces();
    return this.#mark(this.index, super.gobbleToken());
  }

  override gobbleIdentifier(): Expression {
    return this.#mark(this.index, super.gobbleIdentifier());
  }

  override gobbleStringLiteral(): Expression {
    return this.#mark(this.index, super.gobbleStringLiteral());
  }

  override gobbleNumericLiteral(): Expression {
    return this.#mark(this.index, super.gobbleNumericLiteral());
  }

  override gobbleGroup(): Expression | false {
    const start = this.index;
    try {
      return super.gobbleGroup();
    } catch (error) {
      // jsep reports an unclosed group at the end of the text; the opening parenthesis is more useful. Only
      // the innermost group that failed moves the index, hence the marker.
      if (isJsepError(error) && error.description === "Unclosed (" && !openingReported.has(error)) {
        error.index = start;
        openingReported.add(error);
      }
      throw error;
    }
  }

  #mark<T extends Expression | false>(start: number, node: T): T {
    if (node && !this.starts.has(node)) this.starts.set(node, start);
    return node;
  }
}

const openingReported = new WeakSet<Error>();

/**
 * Parses one expression. Throws `ExpressionSyntaxError` with an offset into the whole property value.
 *
 * @example
 * ```ts
 * const { ast } = parseExpression("x * 2", { source: "{x * 2}", start: 1 });
 * ast.type; // "BinaryExpression"
 * ```
 */
export function parseExpression(text: string, location: ExpressionLocation): ParsedExpression {
  const deepAt = tooDeepOffset(text);
  if (deepAt !== undefined) throw tooDeepError(deepAt, location);
  const parser = new PositionedParser(text);
  let ast: Expression;
  try {
    ast = parser.parse();
  } catch (error) {
    if (!isJsepError(error)) throw error;
    throw syntaxError(text, error, location);
  }
  // A loop, not recursion: a long call or operator chain would otherwise overflow the stack here.
  const offsetOf = (node: Expression): number => {
    for (let current: Expression | undefined = node; current !== undefined; current = firstChild(current)) {
      const start = parser.starts.get(current);
      if (start !== undefined) return start;
    }
    return 0;
  };
  // A chain too long to compile is reported at its start: no single place in it is the culprit.
  if (isTooDeep(ast)) throw tooDeepError(0, location);
  return { ast, offsetOf };
}

function tooDeepError(index: number, location: ExpressionLocation): ExpressionSyntaxError {
  return new ExpressionSyntaxError(`Expression nested more than ${MAX_EXPRESSION_DEPTH} levels deep`, {
    source: location.source,
    offset: location.start + index,
    hint: "split it, or compute it in a function registered with the Gui",
  });
}

/** Nodes jsep builds outside tokens (binary, ternary, compound) start where their first child starts. */
function firstChild(node: Expression): Expression | undefined {
  const first = node["left"] ?? node["test"] ?? node["object"] ?? node["callee"] ??
    (Array.isArray(node["body"]) ? node["body"][0] : undefined);
  return isExpression(first) ? first : undefined;
}

function isExpression(value: unknown): value is Expression {
  return typeof value === "object" && value !== null &&
    typeof (value as { type?: unknown }).type === "string";
}

function isJsepError(error: unknown): error is JsepError {
  return error instanceof Error && typeof (error as Partial<JsepError>).index === "number" &&
    typeof (error as Partial<JsepError>).description === "string";
}

/** Rewords jsep's terse messages and adds a hint for the mistakes people actually make. */
function syntaxError(text: string, error: JsepError, location: ExpressionLocation): ExpressionSyntaxError {
  const index = Math.min(error.index, text.length);
  const found = text.slice(index).trimStart();
  const offset = location.start + index;
  const options = { source: location.source, offset };
  // `x++` reaches jsep as `x + +`, with the second `+` lacking an argument.
  const increments = /(\+\+|--)\s*$/.test(text.slice(0, index));
  const incrementHint = increments
    ? "bindings cannot increment or decrement: do this in a callback"
    : undefined;
  const after = /^Expected expression after (.+)$/.exec(error.description);
  if (after) {
    return new ExpressionSyntaxError(`Expected an expression after "${after[1]}"`, {
      ...options,
      hint: incrementHint,
    });
  }
  if (error.description === "missing unaryOp argument") {
    return new ExpressionSyntaxError("Expected an expression after a unary operator", {
      ...options,
      hint: incrementHint,
    });
  }
  if (error.description === "Unclosed (") {
    return new ExpressionSyntaxError(`Unclosed "("`, { ...options, hint: `add ")"` });
  }
  if (found.startsWith("=")) {
    return new ExpressionSyntaxError(`Unexpected "${found.startsWith("=>") ? "=>" : "="}"`, {
      ...options,
      hint: "assignments and arrow functions are not allowed in a binding: do this in a callback",
    });
  }
  if (found.startsWith("{")) {
    return new ExpressionSyntaxError(`Unexpected "{"`, {
      ...options,
      hint: "object literals are not supported",
    });
  }
  if (found.startsWith("`")) {
    return new ExpressionSyntaxError('Unexpected "`"', {
      ...options,
      hint: 'template literals are not supported: write text around braces, as in "Total: {x}"',
    });
  }
  return new ExpressionSyntaxError(error.description, options);
}
