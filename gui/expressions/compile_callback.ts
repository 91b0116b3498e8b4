/**
 * Inline callbacks: an arrow function written where a page names a callback,
 * `on_action={(state) => state.count++}` or `on_change={(state, name, value) => state.log = value}`. The
 * arrow's parameters receive what a registered callback would; its body is one statement, or several in
 * braces separated by `;`. A statement is an expression (the binding syntax, plus in-place array methods
 * on the state), an assignment (`=`, `+=`, `??=`...) to a place in the state, or an increment. The body is
 * compiled once into closures, like bindings: no `eval`, the same forbidden names, and a statement whose
 * value is a promise (an async registered function) is awaited before the next one runs.
 */
import type { ExpressionScope } from "./binding.ts";
import type { CallbackNames } from "./check_callback_names.ts";
import { compileStatement, type Step } from "./compile_statement.ts";
import { ExpressionSyntaxError } from "./expression_syntax_error.ts";
import { FORBIDDEN_KEYS, KEYWORDS } from "./forbidden_names.ts";
import { CONSTANTS, SAFE_GLOBALS } from "./safe_globals.ts";
import { matchingClose, splitStatements } from "./scan_statements.ts";

/** An arrow's head: `(a, b) =>` or `a =>`, possibly `async`. */
const ARROW_HEAD = /^(\s*)(async\s+)?(?:\(([^()]*)\)|([A-Za-z_$][\w$]*))\s*=>/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** What the compiler checks names against. */
export interface CompileCallbackOptions {
  /** Names of the Gui's registered functions, callable by name. */
  functionNames: ReadonlySet<string>;
  /** Names of the state's variables: `state.name` must be one of them. */
  variables: ReadonlySet<string>;
}

/** A compiled inline callback. */
export interface CompiledCallback {
  /** The parameter names, in order; the first receives the state. */
  params: readonly string[];
  /** Runs the body with `args` bound to the parameters. Returns a promise when a statement yields one. */
  run(args: readonly unknown[], functions: ExpressionScope["functions"]): unknown;
}

/**
 * Whether a property value is an inline callback: braces around an arrow function.
 *
 * @example
 * ```ts
 * isInlineCallback("{(state) => state.count++}"); // true
 * isInlineCallback("save"); // false
 * ```
 */
export function isInlineCallback(raw: string): boolean {
  const open = raw.indexOf("{");
  return open >= 0 && raw.slice(0, open).trim() === "" && ARROW_HEAD.test(raw.slice(open + 1));
}

/**
 * Compiles an inline callback (the whole property value, braces included). Throws ExpressionSyntaxError
 * with the offset of the fault in `raw`.
 *
 * @example
 * ```ts
 * const callback = compileCallback("{(state) => state.count += 1}", {
 *   functionNames: new Set(),
 *   variables: new Set(["count"]),
 * });
 * const state = { count: 1 };
 * callback.run([state], {}); // state.count is now 2
 * ```
 */
export function compileCallback(raw: string, options: CompileCallbackOptions): CompiledCallback {
  const open = raw.indexOf("{");
  const close = raw.trimEnd().length - 1;
  const refuse = (offset: number, reason: string, hint?: string) =>
    new ExpressionSyntaxError(reason, { source: raw, offset, hint });
  if (raw.charAt(close) !== "}" || matchingClose(raw.slice(open)) !== close - open) {
    throw refuse(open, "An inline callback is one arrow function in braces", "write {(state) => ...}");
  }
  const inner = raw.slice(open + 1, close);
  const head = ARROW_HEAD.exec(inner);
  if (head === null) throw refuse(open + 1, "Expected an arrow function", "write {(state) => ...}");
  const headStart = open + 1 + (head[1]?.length ?? 0);
  if (head[2] !== undefined) {
    throw refuse(headStart, `"async" is not needed`, "a statement that yields a promise is awaited before the next");
  }
  const params = readParams(head[3] ?? head[4] ?? "", raw.indexOf(head[3] ?? head[4] ?? "", headStart), options, refuse);
  const names: CallbackNames = { source: raw, params, stateParam: params[0], ...options };
  const steps = bodyStatements(inner.slice(head[0].length), open + 1 + head[0].length, refuse)
    .map((statement) => compileStatement(statement, names));
  return {
    params,
    run(args, functions) {
      const variables: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      params.forEach((param, index) => (variables[param] = args[index]));
      return runSteps(steps, 0, { variables, functions }, undefined);
    },
  };
}

function readParams(
  list: string,
  offset: number,
  options: CompileCallbackOptions,
  refuse: (offset: number, reason: string, hint?: string) => ExpressionSyntaxError,
): string[] {
  if (list.trim() === "") return [];
  const params: string[] = [];
  let at = offset;
  for (const part of list.split(",")) {
    const name = part.trim();
    const where = at + part.length - part.trimStart().length;
    at += part.length + 1;
    if (!IDENTIFIER.test(name)) {
      throw refuse(where, "Parameters are plain names", "destructuring and default values are not supported");
    }
    if (KEYWORDS.has(name) || FORBIDDEN_KEYS.has(name) || SAFE_GLOBALS.has(name) || CONSTANTS.has(name)) {
      throw refuse(where, `"${name}" cannot name a parameter`, "choose another name");
    }
    if (options.functionNames.has(name)) {
      throw refuse(where, `Parameter "${name}" hides the registered function "${name}"`, "choose another name");
    }
    if (params.includes(name)) throw refuse(where, `Parameter "${name}" is named twice`);
    params.push(name);
  }
  return params;
}

/** The statements of the body: one without braces, any number within them. */
function bodyStatements(
  body: string,
  offset: number,
  refuse: (offset: number, reason: string, hint?: string) => ExpressionSyntaxError,
) {
  const lead = body.length - body.trimStart().length;
  const trimmed = body.trim();
  if (trimmed === "") throw refuse(offset + lead, "The arrow function has no body", "write what it does after =>");
  const block = trimmed.startsWith("{") && matchingClose(trimmed) === trimmed.length - 1;
  const statements = block
    ? splitStatements(trimmed.slice(1, -1), offset + lead + 1)
    : splitStatements(trimmed, offset + lead);
  const second = statements[1];
  if (!block && second !== undefined) {
    throw refuse(second.offset, "Several statements need braces", "write (state) => { first; second }");
  }
  return statements;
}

/** Runs the steps in order; a step that yields a promise is awaited before the next one. */
function runSteps(steps: readonly Step[], from: number, scope: ExpressionScope, last: unknown): unknown {
  for (let index = from; index < steps.length; index++) {
    const step = steps[index];
    if (step === undefined) continue;
    last = step(scope);
    if (isThenable(last)) return last.then((value) => runSteps(steps, index + 1, scope, value));
  }
  return last;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}
