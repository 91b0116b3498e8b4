/**
 * The builtins whose result can be far larger than their inputs, and what each would make, checked before
 * the call (see expression_limits.ts). Found by identity, so `s.repeat(n)` and `s["rep" + "eat"](n)` are
 * the same function, and so is `s.repeat.call(s, n)`. Builtins not listed make results no larger than their
 * inputs (slice, map, split, fill...), which the result check bounds.
 */
import {
  arrayLengthProblem,
  MAX_ARRAY_LENGTH,
  MAX_STRING_LENGTH,
  resultProblem,
  stringLengthProblem,
} from "./expression_limits.ts";
import { textSize } from "./text_size.ts";

/** Any function an expression can reach: it is only ever applied, never called by name. */
type Callable = (...args: never[]) => unknown;

type CostCheck = (receiver: unknown, args: readonly unknown[]) => string | undefined;

const stringOf = (value: unknown): string => (typeof value === "string" ? value : "");
const integerOf = (value: unknown): number => {
  const number = Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : Number.isNaN(number) ? 0 : Infinity;
};
/** The text a value becomes, bounded (see textSize): past the limit, the exact size does not matter. */
const textOf = (value: unknown): number => textSize(value, MAX_STRING_LENGTH);
const lengthOf = (value: unknown): number => {
  if (typeof value === "string") return value.length;
  if (typeof value !== "object" || value === null) return 0;
  if (value instanceof Set || value instanceof Map) return value.size;
  const length = (value as { length?: unknown }).length;
  return typeof length === "number" ? integerOf(length) : 0;
};

const COSTS = new Map<unknown, CostCheck>([
  [
    String.prototype.repeat,
    (s, [count]) => stringLengthProblem("repeat()", stringOf(s).length * integerOf(count)),
  ],
  [String.prototype.padStart, (_, [length]) => stringLengthProblem("padStart()", integerOf(length))],
  [String.prototype.padEnd, (_, [length]) => stringLengthProblem("padEnd()", integerOf(length))],
  [
    String.prototype.concat,
    (s, args) =>
      stringLengthProblem(
        "concat()",
        stringOf(s).length + args.reduce<number>((sum, arg) => sum + textOf(arg), 0),
      ),
  ],
  [String.prototype.replace, replaceCost],
  [String.prototype.replaceAll, replaceCost],
  [Array.prototype.join, (list, [separator]) => joinCost("join()", list, separator)],
  [Array.prototype.toString, (list) => joinCost("toString()", list, ",")],
  [Array.prototype.toLocaleString, (list) => joinCost("toLocaleString()", list, ",")],
  [String, (_, [value]) => stringLengthProblem("String()", textOf(value))],
  [JSON.stringify, (_, [value, , indent]) => {
    // An indent adds up to ten spaces per level to every line: bound it by the text times eleven.
    const size = textOf(value) *
      (indent === undefined || indent === null || indent === 0 || indent === "" ? 1 : 11);
    return stringLengthProblem("JSON.stringify()", size);
  }],
  [Array.from, (_, [source]) => arrayLengthProblem("Array.from()", lengthOf(source))],
  [Array.prototype.concat, (list, args) =>
    arrayLengthProblem(
      "concat()",
      lengthOf(list) + args.reduce<number>((sum, arg) => sum + (Array.isArray(arg) ? arg.length : 1), 0),
    )],
  [
    Array.prototype.flat,
    (list, [depth]) =>
      arrayLengthProblem("flat()", flatCount(list, depth === undefined ? 1 : integerOf(depth))),
  ],
]);

const CALL = Function.prototype.call;
const APPLY = Function.prototype.apply;
const BIND = Function.prototype.bind;
/** Unwrapping `f.call.call(...)` stops here: no real expression nests deeper. */
const MAX_HOPS = 8;
/** Functions `bind` made in an expression, with what they call: so that a bound `repeat` is still seen. */
const boundCalls = new WeakMap<object, Call>();

interface Call {
  fn: unknown;
  receiver: unknown;
  args: readonly unknown[];
}

/**
 * Calls `fn` on `receiver` with `args` as an expression's call does, within the limits: throws
 * `fail(reason)` instead of calling a builtin whose result would exceed them, or when the result does. A
 * limited builtin passed as an argument (`items.map(String)`) is passed wrapped, so that each of its calls
 * is checked too.
 *
 * @example
 * ```ts
 * guardedCall(String.prototype.repeat, "#", [2e8], (reason) => new Error(reason));
 * // throws: repeat() would make a string of 200000000 characters, over the limit of 1000000 for expressions
 * ```
 */
export function guardedCall(
  fn: Callable,
  receiver: unknown,
  args: readonly unknown[],
  fail: (reason: string) => Error,
): unknown {
  const call = resolveCall({ fn, receiver, args });
  if (call === undefined) throw fail("call() and apply() nest too deep for an expression");
  const problem = COSTS.get(call.fn)?.(call.receiver, call.args);
  if (problem !== undefined) throw fail(problem);
  const passed = args.map((
    arg,
  ) => (typeof arg === "function" && isLimited(arg as Callable) ? wrap(arg as Callable, fail) : arg));
  const result = Reflect.apply(fn, receiver, passed);
  if (call.fn === BIND && typeof result === "function") {
    const [thisArg, ...boundArgs] = call.args;
    boundCalls.set(result, { fn: call.receiver, receiver: thisArg, args: boundArgs });
  }
  const tooBig = resultProblem("a call", result);
  if (tooBig !== undefined) throw fail(tooBig);
  return result;
}

/** The builtin a call reaches through `call`, `apply` and `bind`; undefined past MAX_HOPS. */
function resolveCall(call: Call): Call | undefined {
  let { fn, receiver, args } = call;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const bound = typeof fn === "function" ? boundCalls.get(fn) : undefined;
    if (fn === CALL) [fn, receiver, args] = [receiver, args[0], args.slice(1)];
    else if (fn === APPLY) [fn, receiver, args] = [receiver, args[0], Array.isArray(args[1]) ? args[1] : []];
    else if (bound !== undefined) [fn, receiver, args] = [bound.fn, bound.receiver, [...bound.args, ...args]];
    else return { fn, receiver, args };
  }
  return undefined;
}

function isLimited(fn: Callable): boolean {
  return COSTS.has(fn) || fn === CALL || fn === APPLY || fn === BIND || boundCalls.has(fn);
}

function wrap(fn: Callable, fail: (reason: string) => Error): Callable {
  return function (this: unknown, ...args: unknown[]): unknown {
    return guardedCall(fn, this, args, fail);
  };
}

function joinCost(what: string, list: unknown, separator: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const gap = separator === undefined ? 1 : textOf(separator);
  return stringLengthProblem(what, Math.max(0, list.length - 1) * gap + textOf(list));
}

/**
 * A replacement may hold `$&`, `` $` `` or `$'`, each standing for up to the whole string: bound each
 * match's replacement by the replacement's length times the string's.
 */
function replaceCost(receiver: unknown, [pattern, replacement]: readonly unknown[]): string | undefined {
  const text = stringOf(receiver);
  const inserted = typeof replacement === "string" ? replacement : "";
  const matches = typeof pattern === "string" && pattern !== ""
    ? text.split(pattern).length - 1
    : text.length + 1;
  const each = inserted.includes("$") ? inserted.length * (text.length + 1) : inserted.length;
  return stringLengthProblem("replace()", text.length + matches * each);
}

/**
 * How many items `flat(depth)` makes, counted up to just past the limit. A list that spreads counts one
 * too (an overestimate), so a list that holds itself cannot keep the count from growing.
 */
function flatCount(list: unknown, depth: number): number {
  if (!Array.isArray(list)) return 0;
  let count = 0;
  const pending: [unknown, number][] = list.map((item: unknown): [unknown, number] => [item, depth]);
  while (pending.length > 0 && count <= MAX_ARRAY_LENGTH) {
    const [item, left] = pending.pop()!;
    count++;
    if (!Array.isArray(item) || left <= 0) continue;
    if (left === 1) count += item.length;
    else for (const child of item) pending.push([child, left - 1]);
  }
  return count;
}
