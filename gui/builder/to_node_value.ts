/**
 * A builder property value -> the text the page compiler reads, as if written in Markdown: numbers as
 * decimals, arrays joined with `;`, booleans kept (a bare name or `not name`).
 */
import type { AnyValue } from "./builder_values.ts";
import type { NodeValue } from "./builder_node.ts";

/**
 * @example
 * ```ts
 * toNodeValue(["A", "B"], "lov"); // "A;B"
 * toNodeValue(0.5, "step"); // "0.5"
 * ```
 */
export function toNodeValue(value: AnyValue, name: string): NodeValue {
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`Property "${name}": ${value} is not a finite number`);
    return String(value);
  }
  if (!Array.isArray(value)) {
    throw new TypeError(`Property "${name}" takes text, a number, a boolean or a list`);
  }
  return value.map((item) => {
    const text = String(item);
    if (text.includes(";")) {
      throw new TypeError(
        `Property "${name}": list item "${text}" contains ";"; bind a state variable instead`,
      );
    }
    return text;
  }).join(";");
}
