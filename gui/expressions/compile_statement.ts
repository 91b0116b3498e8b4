/**
 * One statement of an inline callback, compiled to a closure: an expression (`save(state)`,
 * `state.items.push(x)`), an assignment to a place in the state (`state.count = 0`, `state.rows[i].done
 * ||= flag`), or an increment (`state.count++`). Assignments only reach the state through the callback's
 * first parameter, so they go through the State and its tracked proxies: the change is seen and pushed.
 */
import type { Identifier, MemberExpression } from "jsep";
import type { ExpressionScope } from "./binding.ts";
import { checkBareNames, type CallbackNames, checkStateMembers } from "./check_callback_names.ts";
import { compileExpression } from "./compile_expression.ts";
import { ExpressionEvaluationError } from "./expression_evaluation_error.ts";
import { plusProblem } from "./expression_limits.ts";
import { ExpressionSyntaxError } from "./expression_syntax_error.ts";
import { FORBIDDEN_KEYS } from "./forbidden_names.ts";
import { parseExpression } from "./parse_expression.ts";
import { cutAssignment, lastLinkStart, type TextPiece } from "./scan_statements.ts";

/** A compiled statement: runs for one call and yields its value. */
export type Step = (scope: ExpressionScope) => unknown;

/** A place that can be read and written, found anew for each run. */
type Place = (scope: ExpressionScope) => { get(): unknown; set(value: unknown): void };

const COMPOUND_OPERATORS = new Set(["+", "-", "*", "/", "%", "**", "&&", "||", "??"]);

export function compileStatement(piece: TextPiece, names: CallbackNames): Step {
  const assignment = cutAssignment(piece);
  if (assignment === undefined) {
    const update = /^(\+\+|--)|(\+\+|--)$/.exec(piece.text);
    return update === null ? compilePiece(piece, names) : compileUpdate(piece, update, names);
  }
  const { left, operator, right } = assignment;
  if (operator !== "=" && !COMPOUND_OPERATORS.has(operator)) {
    throw refuse(names, left.offset + left.text.length, `Operator "${operator}=" is not supported`);
  }
  if (right.text === "") throw refuse(names, right.offset, `Expected a value after "${operator === "=" ? "" : operator}="`);
  const place = compilePlace(left, names);
  const value = compilePiece(right, names);
  return (scope) => {
    const slot = place(scope);
    if (operator === "=") {
      const next = value(scope);
      slot.set(next);
      return next;
    }
    const current = slot.get();
    // Logical assignments assign only when they must, as in JavaScript: no needless change is pushed.
    if ((operator === "&&" && !current) || (operator === "||" && current) || (operator === "??" && current != null)) {
      return current;
    }
    const operand = value(scope);
    // `state.log += state.log` doubles at each click: the same limit as an expression's `+`.
    const problem = operator === "+" ? plusProblem(current, operand) : undefined;
    if (problem !== undefined) throw new ExpressionEvaluationError(problem, piece.text);
    const next = combine(operator, current, operand);
    slot.set(next);
    return next;
  };
}

/** `state.count++`, `--state.count`: yields what JavaScript yields (the old value for a postfix). */
function compileUpdate(piece: TextPiece, update: RegExpExecArray, names: CallbackNames): Step {
  const prefix = update[1] !== undefined;
  const delta = (update[1] ?? update[2]) === "++" ? 1 : -1;
  const target = prefix
    ? trimPiece(piece.text.slice(2), piece.offset + 2)
    : trimPiece(piece.text.slice(0, -2), piece.offset);
  const place = compilePlace(target, names);
  return (scope) => {
    const slot = place(scope);
    const old = slot.get();
    const next = typeof old === "bigint" ? old + BigInt(delta) : Number(old) + delta;
    slot.set(next);
    return prefix ? next : typeof old === "bigint" ? old : Number(old);
  };
}

/** Compiles an expression piece, checking the names it uses. */
function compilePiece(piece: TextPiece, names: CallbackNames): Step {
  const location = { source: names.source, start: piece.offset };
  const compiled = compileExpression(piece.text, location, names.functionNames, { allowMutators: true });
  checkBareNames(piece, compiled.dependencies, names);
  checkStateMembers(piece, names);
  return compiled.evaluate;
}

/** Compiles the target of an assignment: `state.name` followed by any member links, nothing else. */
function compilePlace(piece: TextPiece, names: CallbackNames): Place {
  const { ast } = parseExpression(piece.text, { source: names.source, start: piece.offset });
  let root = ast;
  while (root.type === "MemberExpression" && (root as MemberExpression).optional !== true) {
    root = (root as MemberExpression).object;
  }
  const rootName = root.type === "Identifier" ? (root as Identifier).name : undefined;
  if (ast === root || rootName === undefined || rootName !== names.stateParam) {
    const hint = names.stateParam === undefined
      ? "give the callback a parameter for the state: (state) => state.name = value"
      : `assign a state variable or a part of one: ${names.stateParam}.name = value`;
    throw refuse(names, piece.offset, "Only the state can be assigned in an inline callback", hint);
  }
  checkStateMembers(piece, names);
  const cut = lastLinkStart(piece.text);
  const container = compilePiece(trimPiece(piece.text.slice(0, cut), piece.offset), names);
  const keyOf = compileKey(piece, cut, names);
  return (scope) => {
    const target = container(scope);
    const key = keyOf(scope);
    if (typeof target !== "object" || target === null) {
      throw new ExpressionEvaluationError(`Cannot write "${String(key)}" of ${target}`, piece.text);
    }
    if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) {
      throw new ExpressionEvaluationError(`Writing "${key}" is not allowed`, piece.text);
    }
    const record = target as Record<PropertyKey, unknown>;
    return {
      get: () => record[key],
      set(value) {
        if (!Reflect.set(record, key, value)) {
          throw new ExpressionEvaluationError(`Cannot write "${String(key)}"`, piece.text);
        }
      },
    };
  };
}

/** The key of the target's last link: a name after `.`, or an expression between `[` and `]`. */
function compileKey(piece: TextPiece, cut: number, names: CallbackNames): (scope: ExpressionScope) => PropertyKey {
  const { text, offset } = piece;
  if (text.charAt(cut) === ".") {
    const name = text.slice(cut + 1).trim();
    if (FORBIDDEN_KEYS.has(name)) throw refuse(names, offset + cut + 1, `Writing "${name}" is not allowed`);
    return () => name;
  }
  const inner = trimPiece(text.slice(cut + 1, text.lastIndexOf("]")), offset + cut + 1);
  const key = compilePiece(inner, names);
  return (scope) => {
    const value = key(scope);
    return typeof value === "number" || typeof value === "symbol" ? value : String(value);
  };
}

function combine(operator: string, current: unknown, value: unknown): unknown {
  const [a, b] = [current as number, value as number];
  switch (operator) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "%":
      return a % b;
    case "**":
      return a ** b;
    default:
      // The logical operators, reached only when they assign.
      return value;
  }
}

function trimPiece(text: string, offset: number): TextPiece {
  return { text: text.trim(), offset: offset + text.length - text.trimStart().length };
}

function refuse(names: CallbackNames, offset: number, reason: string, hint?: string): ExpressionSyntaxError {
  return new ExpressionSyntaxError(reason, { source: names.source, offset, hint });
}
