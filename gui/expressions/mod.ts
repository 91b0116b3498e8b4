/**
 * Binding expressions: the `{...}` in page property values. Each is parsed once into closures, knows the
 * variables it reads, and is evaluated against one client's state. Only plain paths (`{a.b}`, `{items[0]}`)
 * can be written back, through `assignPath`.
 *
 * Expressions use JavaScript expression syntax: literals, names, member access, calls of registered
 * functions and of methods, unary, binary and logical operators, `? :`, array literals and `?.`. They cannot
 * assign, construct (`new`), use `this`, define functions, or reach `constructor`, `prototype` or `__proto__`.
 * Allowed globals: see `SAFE_GLOBALS`.
 *
 * @example
 * ```ts
 * import { assignPath, isDirectBinding, parsePropertyValue } from "./mod.ts";
 *
 * const parsed = parsePropertyValue("{user.name}");
 * if (parsed.kind === "binding" && isDirectBinding(parsed.binding)) {
 *   const variables = { user: { name: "Ada" } };
 *   parsed.binding.evaluate({ variables, functions: {} }); // "Ada"
 *   // The path starts with the variable's name; assignPath works below it.
 *   const user = assignPath(variables.user, parsed.binding.path.slice(1), "Grace"); // { name: "Grace" }, a copy
 * }
 * ```
 *
 * @module
 */
export { assignPath } from "./assign_path.ts";
export {
  compileCallback,
  type CompileCallbackOptions,
  type CompiledCallback,
  isInlineCallback,
} from "./compile_callback.ts";
export {
  type Binding,
  type DirectBinding,
  type ExpressionScope,
  isDirectBinding,
  type PathSegment,
  type PropertyValueParse,
} from "./binding.ts";
export { ExpressionEvaluationError } from "./expression_evaluation_error.ts";
export { ExpressionSyntaxError } from "./expression_syntax_error.ts";
export { parsePropertyValue } from "./parse_property_value.ts";
export { CONSTANTS, SAFE_GLOBALS } from "./safe_globals.ts";
