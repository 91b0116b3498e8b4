/**
 * Compile-time checks of the names an inline callback uses, so that a typo is a startup error with its
 * line and column rather than a failure on the first click: every bare name is a parameter or a registered
 * function, and every `state.name` is a variable of the state (or one of its methods).
 */
import type { Expression, Identifier, MemberExpression } from "jsep";
import { didYouMean } from "../errors.ts";
import { ExpressionSyntaxError } from "./expression_syntax_error.ts";
import { parseExpression } from "./parse_expression.ts";
import type { TextPiece } from "./scan_statements.ts";

/** The methods of a State (state_type.ts), which `state.name` may also read. */
const STATE_METHODS: ReadonlySet<string> = new Set(["assign", "refresh", "batch"]);

/** What the checks compare against. */
export interface CallbackNames {
  /** The whole property value, where offsets point. */
  source: string;
  params: readonly string[];
  /** The parameter that receives the state (the first), if any. */
  stateParam: string | undefined;
  functionNames: ReadonlySet<string>;
  variables: ReadonlySet<string>;
}

/** Refuses a piece that reads a name that is not a parameter (the compiler takes it for a variable). */
export function checkBareNames(piece: TextPiece, dependencies: Iterable<string>, names: CallbackNames): void {
  for (const name of dependencies) {
    if (names.params.includes(name)) continue;
    const offset = piece.offset + Math.max(0, piece.text.search(new RegExp(`(?<![\\w$.])${escape(name)}\\b`)));
    const hint = names.variables.has(name) && names.stateParam !== undefined
      ? `state variables are read and written through the state: ${names.stateParam}.${name}`
      : didYouMean(name, [...names.params, ...names.functionNames]) ??
        "an inline callback sees its parameters and the Gui's registered functions";
    throw new ExpressionSyntaxError(`Unknown name "${name}"`, { source: names.source, offset, hint });
  }
}

/** Refuses `state.name` when the state has no such variable. */
export function checkStateMembers(piece: TextPiece, names: CallbackNames): void {
  const stateParam = names.stateParam;
  if (stateParam === undefined) return;
  const parsed = parseExpression(piece.text, { source: piece.text, start: 0 });
  forEachNode(parsed.ast, (node) => {
    if (node.type !== "MemberExpression") return;
    const { object, property, computed } = node as MemberExpression;
    if (computed || object.type !== "Identifier" || (object as Identifier).name !== stateParam) return;
    const name = (property as Identifier).name;
    if (names.variables.has(name) || STATE_METHODS.has(name)) return;
    throw new ExpressionSyntaxError(`The state has no variable "${name}"`, {
      source: names.source,
      offset: piece.offset + parsed.offsetOf(property),
      hint: didYouMean(name, names.variables) ?? "add it to the Gui's state",
    });
  });
}

/** Calls `visit` for `node` and every node below it. */
function forEachNode(node: Expression, visit: (node: Expression) => void): void {
  visit(node);
  for (const [key, child] of Object.entries(node)) {
    if (key === "type") continue;
    const children: unknown[] = Array.isArray(child) ? child : [child];
    for (const item of children) {
      if (isNode(item)) forEachNode(item, visit);
    }
  }
}

function isNode(value: unknown): value is Expression {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

function escape(text: string): string {
  return text.replace(/[$]/g, "\\$");
}
