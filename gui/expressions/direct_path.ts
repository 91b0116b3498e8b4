import type { Expression, Identifier, Literal, MemberExpression } from "jsep";
import type { PathSegment } from "./binding.ts";
import { classifyIdentifier } from "./compile_identifier.ts";

/**
 * The path of an expression that names a place in the state, or undefined. A place is a variable followed by
 * member accesses whose keys are names, strings or integers: `a`, `a.b`, `a[0]`, `a["k"]`. Anything with a
 * call, a computed key, an optional link, a `length` key or a non-variable root (`Math.PI`) is read-only.
 *
 * @example
 * ```ts
 * directPath(jsep('items[0].name'), undefined); // ["items", 0, "name"]
 * ```
 */
export function directPath(
  node: Expression,
  functionNames: ReadonlySet<string> | undefined,
): PathSegment[] | undefined {
  if (node.type === "Identifier") {
    const { name } = node as Identifier;
    return classifyIdentifier(name, functionNames, false) === "variable" ? [name] : undefined;
  }
  if (node.type !== "MemberExpression") return undefined;
  const { object, property, computed, optional } = node as MemberExpression;
  if (optional === true) return undefined;
  const key = computed ? literalKey(property) : (property as Identifier).name;
  // `items.length` reads like a path but is a derived value: writing it back would truncate an array.
  if (key === undefined || key === "length") return undefined;
  const path = directPath(object, functionNames);
  return path === undefined ? undefined : [...path, key];
}

function literalKey(node: Expression): PathSegment | undefined {
  if (node.type !== "Literal") return undefined;
  const { value } = node as Literal;
  if (typeof value === "string") return value;
  // Only integers name an array slot; `a[1.5]` stays readable but is not written back.
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  return undefined;
}
