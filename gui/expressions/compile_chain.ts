/**
 * Member reads and calls, including optional chains. `a?.b.c` must yield undefined as a whole when `a` is
 * nullish, so the links of a chain pass a private marker up instead of undefined, and only the outermost link
 * turns it into undefined. Chains without `?.` skip that wrapper.
 */
import type { CallExpression, Expression, Identifier, Literal, MemberExpression } from "jsep";
import type { ExpressionScope } from "./binding.ts";
import type { CompileContext, Evaluator } from "./compile_context.ts";
import { failure, refuse } from "./compile_context.ts";
import { guardedCall } from "./call_cost.ts";
import { compileIdentifier } from "./compile_identifier.ts";
import { FORBIDDEN_KEYS, refusedKey } from "./forbidden_names.ts";

const SHORT_CIRCUIT = Symbol("short-circuit");

type Link = (scope: ExpressionScope) => unknown;
type KeyOf = (scope: ExpressionScope) => PropertyKey;

/** Compiles a member expression or a call, with its whole chain. */
export function compileChain(node: MemberExpression | CallExpression, context: CompileContext): Evaluator {
  const link = compileLink(node, context);
  if (!hasOptional(node)) return link;
  return (scope) => {
    const value = link(scope);
    return value === SHORT_CIRCUIT ? undefined : value;
  };
}

/** A readable rendering of a node for error messages, such as `a.b[0]` or `fmt(...)`. */
function describe(node: Expression): string {
  switch (node.type) {
    case "Identifier":
      return (node as Identifier).name;
    case "Literal":
      return (node as Literal).raw;
    case "MemberExpression": {
      const { object, property, computed } = node as MemberExpression;
      const key = computed ? `[${describe(property)}]` : `.${describe(property)}`;
      return `${describe(object)}${key}`;
    }
    case "CallExpression":
      return `${describe((node as CallExpression).callee)}(...)`;
    default:
      return "(...)";
  }
}

function isChainLink(node: Expression): node is MemberExpression | CallExpression {
  return node.type === "MemberExpression" || node.type === "CallExpression";
}

function hasOptional(node: Expression): boolean {
  if (!isChainLink(node)) return false;
  if (node["optional"] === true) return true;
  return hasOptional(
    node.type === "MemberExpression" ? (node as MemberExpression).object : (node as CallExpression).callee,
  );
}

function compileLink(node: MemberExpression | CallExpression, context: CompileContext): Link {
  return node.type === "MemberExpression"
    ? compileMember(node as MemberExpression, context)
    : compileCall(node as CallExpression, context);
}

/** The object part of a link: another link of the same chain, or any expression. */
function compileObject(node: Expression, context: CompileContext): Link {
  return isChainLink(node) ? compileLink(node, context) : context.compile(node);
}

/** The key of a member: a constant checked now, or a computed key checked at each evaluation. */
function compileKey(node: MemberExpression, context: CompileContext): KeyOf {
  const { property, computed } = node;
  const literal = !computed && property.type === "Identifier"
    ? (property as Identifier).name
    : property.type === "Literal"
    ? (property as Literal).value
    : undefined;
  if (typeof literal === "string" || typeof literal === "number") {
    if (typeof literal === "string" && FORBIDDEN_KEYS.has(literal)) {
      throw refuse(context, property, `Access to "${literal}" is not allowed`);
    }
    return () => literal;
  }
  const key = context.compile(property);
  return (scope) => toKey(key(scope));
}

/** Property keys as JavaScript computes them, so that `a[["constructor"]]` is caught as "constructor". */
function toKey(value: unknown): PropertyKey {
  return typeof value === "number" || typeof value === "symbol" ? value : String(value);
}

function readProperty(
  target: unknown,
  key: PropertyKey,
  node: MemberExpression,
  context: CompileContext,
): unknown {
  if (target === null || target === undefined) {
    throw failure(
      context,
      `Cannot read "${String(key)}" of ${target} (${describe(node.object)} is ${target})`,
    );
  }
  if (typeof key === "string") {
    const refusal = refusedKey(key, target, context.allowMutators);
    if (refusal !== undefined) throw failure(context, refusal);
  }
  return (target as Record<PropertyKey, unknown>)[key];
}

function compileMember(node: MemberExpression, context: CompileContext): Link {
  const object = compileObject(node.object, context);
  const keyOf = compileKey(node, context);
  const optional = node.optional === true;
  return (scope) => {
    const target = object(scope);
    if (target === SHORT_CIRCUIT || (optional && (target === null || target === undefined))) {
      return SHORT_CIRCUIT;
    }
    return readProperty(target, keyOf(scope), node, context);
  };
}

function compileCall(node: CallExpression, context: CompileContext): Link {
  const args = node.arguments.map((argument) => context.compile(argument));
  const evaluateArgs = (scope: ExpressionScope): unknown[] => args.map((argument) => argument(scope));
  const optional = node["optional"] === true;
  const text = describe(node.callee);
  const invoke = (fn: unknown, receiver: unknown, scope: ExpressionScope): unknown => {
    if (typeof fn !== "function") {
      if (optional && (fn === null || fn === undefined)) return SHORT_CIRCUIT;
      throw failure(context, `"${text}" is not a function (it is ${fn === null ? "null" : typeof fn})`);
    }
    return guardedCall(
      fn as (...args: never[]) => unknown,
      receiver,
      evaluateArgs(scope),
      (reason) => failure(context, reason),
    );
  };
  const { callee } = node;
  if (callee.type === "MemberExpression") {
    // A method call: the receiver becomes `this`, as in `items.join(", ")`.
    const member = callee as MemberExpression;
    const object = compileObject(member.object, context);
    const keyOf = compileKey(member, context);
    const memberOptional = member.optional === true;
    return (scope) => {
      const target = object(scope);
      if (target === SHORT_CIRCUIT || (memberOptional && (target === null || target === undefined))) {
        return SHORT_CIRCUIT;
      }
      return invoke(readProperty(target, keyOf(scope), member, context), target, scope);
    };
  }
  const fn = callee.type === "Identifier"
    ? compileIdentifier(callee as Identifier, context, true)
    : compileObject(callee, context);
  return (scope) => {
    const value = fn(scope);
    return value === SHORT_CIRCUIT ? SHORT_CIRCUIT : invoke(value, undefined, scope);
  };
}
