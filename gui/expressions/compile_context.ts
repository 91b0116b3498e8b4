import type { Expression } from "jsep";
import type { ExpressionScope } from "./binding.ts";
import { ExpressionEvaluationError } from "./expression_evaluation_error.ts";
import { ExpressionSyntaxError } from "./expression_syntax_error.ts";
import type { ExpressionLocation, ParsedExpression } from "./parse_expression.ts";

/** A compiled node: computes its value for one client's scope. */
export type Evaluator = (scope: ExpressionScope) => unknown;

/** What every node compiler needs: where the text is, what is a function, where to record reads. */
export interface CompileContext {
  parsed: ParsedExpression;
  location: ExpressionLocation;
  /** The trimmed expression text, quoted by evaluation errors. */
  expression: string;
  /** Registered function names, when the caller knows them; see `classifyIdentifier`. */
  functionNames: ReadonlySet<string> | undefined;
  /** Variable names read, filled while compiling. */
  dependencies: Set<string>;
  /** Whether in-place array methods may be called (inline callbacks, whose arrays are tracked). */
  allowMutators: boolean;
  /** Compiles a child node (passed in rather than imported, so the node compilers form no import cycle). */
  compile(node: Expression): Evaluator;
}

/** A compile-time refusal located at `node`. */
export function refuse(
  context: CompileContext,
  node: Expression,
  reason: string,
  hint?: string,
): ExpressionSyntaxError {
  const offset = context.location.start + context.parsed.offsetOf(node);
  return new ExpressionSyntaxError(reason, { source: context.location.source, offset, hint });
}

/** A run-time failure of this expression. */
export function failure(context: CompileContext, reason: string): ExpressionEvaluationError {
  return new ExpressionEvaluationError(reason, context.expression);
}
