import type { Binding, PropertyValueParse } from "./binding.ts";
import { type CompiledExpression, compileExpression } from "./compile_expression.ts";
import type { Evaluator } from "./compile_context.ts";
import { ExpressionEvaluationError } from "./expression_evaluation_error.ts";
import { textProblem } from "./expression_limits.ts";
import { splitTemplate, type TemplatePart } from "./split_template.ts";

/**
 * Parses a property value as written in a page:
 * - no braces: static text (`\{` and `\}` unescaped);
 * - one brace group with only whitespace around it: a direct binding (`{a.b}`, `{items[0]}`, the only kind an
 *   input writes back into) or a computed one (`{x * 2}`, `{fmt(x)}`);
 * - anything else with braces: a template that yields a string (`Value is {x}`), `null` and `undefined`
 *   showing as nothing.
 *
 * Pass the names of the app's registered functions so that calls to them are not taken for variables. Names
 * that are neither functions nor allowed globals are variables: check `dependencies` against the state.
 * Throws `ExpressionSyntaxError` with the offset of the fault in `raw`.
 *
 * @example
 * ```ts
 * const parsed = parsePropertyValue("Total: {price * qty}");
 * if (parsed.kind === "binding") {
 *   parsed.binding.evaluate({ variables: { price: 2, qty: 3 }, functions: {} }); // "Total: 6"
 * }
 * ```
 */
export function parsePropertyValue(raw: string, functionNames?: ReadonlySet<string>): PropertyValueParse {
  const parts = splitTemplate(raw);
  const expressions = parts.filter((part) => part.kind === "expression");
  const [only] = expressions;
  if (only === undefined) {
    return { kind: "static", value: parts.map((part) => part.text).join("") };
  }
  const alone = expressions.length === 1 &&
    parts.every((part) => part.kind === "expression" || part.text.trim() === "");
  if (alone) {
    const compiled = compileExpression(only.text, { source: raw, start: only.open + 1 }, functionNames);
    return { kind: "binding", binding: expressionBinding(only.text.trim(), compiled) };
  }
  return { kind: "binding", binding: templateBinding(raw, parts, functionNames) };
}

function expressionBinding(key: string, compiled: CompiledExpression): Binding {
  const { evaluate, dependencies, path } = compiled;
  if (path !== undefined) return { kind: "direct", key, dependencies, path, evaluate };
  return { kind: "computed", key, dependencies, evaluate };
}

function templateBinding(
  raw: string,
  parts: readonly TemplatePart[],
  functionNames: ReadonlySet<string> | undefined,
): Binding {
  const dependencies = new Set<string>();
  const pieces: (string | { text: string; evaluate: Evaluator })[] = parts.map((part) => {
    if (part.kind === "text") return part.text;
    const compiled = compileExpression(part.text, { source: raw, start: part.open + 1 }, functionNames);
    for (const name of compiled.dependencies) dependencies.add(name);
    return { text: part.text.trim(), evaluate: compiled.evaluate };
  });
  const evaluate: Evaluator = (scope) => {
    let out = "";
    for (const piece of pieces) {
      if (typeof piece === "string") {
        out += piece;
        continue;
      }
      const value = piece.evaluate(scope);
      // The text an object shows as may be far larger than the object: measure before making it.
      const problem = textProblem("the text", value) ?? textProblem("the text", out + textOf(value));
      if (problem !== undefined) throw new ExpressionEvaluationError(problem, piece.text);
      out += textOf(value);
    }
    return out;
  };
  return { kind: "template", key: raw, dependencies, evaluate };
}

/** How a value shows inside text: as `String()` would, with nothing for null and undefined. */
function textOf(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
