/**
 * An expression that compiled but failed for one client's state: an unknown variable, a read of a property of
 * `undefined`, a call of something that is not a function, a refused property reached through a computed key.
 * Errors thrown by the app's own functions are not wrapped: they propagate as they are.
 *
 * @example
 * ```ts
 * const parsed = parsePropertyValue("{a.b.c}");
 * try {
 *   if (parsed.kind === "binding") parsed.binding.evaluate({ variables: { a: {} }, functions: {} });
 * } catch (error) {
 *   if (error instanceof ExpressionEvaluationError) console.log(error.reason); // Cannot read "c" of undefined (a.b is undefined)
 * }
 * ```
 */
export class ExpressionEvaluationError extends Error {
  override name = "ExpressionEvaluationError";
  /** The expression text (inside the braces) that failed. */
  readonly expression: string;
  /** The message without the expression. */
  readonly reason: string;

  constructor(reason: string, expression: string) {
    super(`${reason} in {${expression}}`);
    this.expression = expression;
    this.reason = reason;
  }
}
