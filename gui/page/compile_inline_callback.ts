/**
 * A callback property written as an arrow function (`on_action={(state) => state.count++}`): compiled and
 * checked with the page, so that a fault is a TemplateSyntaxError at its line and column before any client
 * connects, then handed to the Gui, which registers it under its text like a named function.
 */
import { compileCallback, ExpressionSyntaxError, isInlineCallback } from "../expressions/mod.ts";
import type { PropertyNode } from "../template/page_tree.ts";
import type { CompilePageOptions } from "./compile_page_options.ts";
import type { PageBuilder } from "./page_builder.ts";

/**
 * Compiles `property` when its value is an inline callback, and returns whether it was one. Refuses one
 * given to a property that is not an `on_...` callback (an adapter, say, receives no state).
 */
export function compileInlineCallback(
  property: PropertyNode,
  builder: PageBuilder,
  options: CompilePageOptions,
): boolean {
  const { name, value, valuePosition } = property;
  if (typeof value !== "string" || !isInlineCallback(value)) return false;
  if (!name.startsWith("on_")) {
    builder.fail(
      `Property "${name}" takes the name of a registered function, not an inline one`,
      valuePosition,
      "register the function in the Gui's functions option",
    );
  }
  try {
    const callback = compileCallback(value, { functionNames: options.functions, variables: options.variables });
    options.addInlineCallback?.(value, callback);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    const before = value.slice(0, error.offset);
    const lineStart = before.lastIndexOf("\n") + 1;
    const line = valuePosition.line + before.split("\n").length - 1;
    const column = lineStart === 0 ? valuePosition.column + error.offset : error.offset - lineStart + 1;
    builder.fail(`Malformed inline callback: ${error.reason}`, { line, column }, error.hint);
  }
  return true;
}
