/**
 * How deep an expression may nest. jsep parses, and the compiler compiles and evaluates, by recursion, so
 * `((((...x...))))` ten thousand deep would overflow the stack. Real bindings nest a few levels; this bound
 * turns a pathological one into a syntax error at the place where it crosses the limit.
 */
import type { Expression } from "jsep";

/** The deepest nesting accepted: brackets, prefix operators, ternaries and operator chains all count. */
export const MAX_EXPRESSION_DEPTH = 100;

const OPENING = new Set(["(", "[", "{"]);
const CLOSING = new Set([")", "]", "}"]);
/** Characters that may start a prefix (unary) operator; a run of them nests one level per character. */
const PREFIX = new Set(["-", "+", "!", "~"]);

/**
 * Scans the text before jsep sees it (jsep itself recurses on brackets, prefix operators and ternaries).
 * Returns the offset where the nesting passes the limit, or undefined. String literals are skipped.
 *
 * @example
 * ```ts
 * tooDeepOffset("(".repeat(200) + "x" + ")".repeat(200)); // 100
 * tooDeepOffset("a + (b * c)"); // undefined
 * ```
 */
export function tooDeepOffset(text: string): number | undefined {
  let depth = 0;
  let prefixRun = 0;
  let ternaries = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    if (char === '"' || char === "'") {
      index = endOfString(text, index);
      prefixRun = 0;
      continue;
    }
    if (char === " " || char === "\t" || char === "\n" || char === "\r") continue;
    if (OPENING.has(char)) depth++;
    else if (CLOSING.has(char)) depth = Math.max(0, depth - 1);
    // `?.` is optional chaining, not a ternary.
    else if (char === "?" && text[index + 1] !== "." && text[index + 1] !== "?") ternaries++;
    prefixRun = PREFIX.has(char) ? prefixRun + 1 : 0;
    if (depth + prefixRun + ternaries > MAX_EXPRESSION_DEPTH) return index;
  }
  return undefined;
}

/**
 * Whether the parsed tree is deeper than the limit, found without recursion. Long operator chains
 * (`a + b + c + ...`) parse flat but compile to a tree as deep as they are long.
 *
 * @example
 * ```ts
 * isTooDeep(jsep("x" + " + x".repeat(200))); // true
 * ```
 */
export function isTooDeep(ast: Expression): boolean {
  const pending: [Expression, number][] = [[ast, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > MAX_EXPRESSION_DEPTH) return true;
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) if (isExpression(child)) pending.push([child, depth + 1]);
    }
  }
  return false;
}

function isExpression(value: unknown): value is Expression {
  return typeof value === "object" && value !== null &&
    typeof (value as { type?: unknown }).type === "string";
}

/** The index of the quote that closes the string opening at `start` (or the text's end). */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === quote) return index;
  }
  return text.length;
}
