import type { Identifier } from "jsep";
import type { CompileContext, Evaluator } from "./compile_context.ts";
import { failure, refuse } from "./compile_context.ts";
import { FORBIDDEN_KEYS, KEYWORDS } from "./forbidden_names.ts";
import { CONSTANTS, SAFE_GLOBALS } from "./safe_globals.ts";

/** What a bare name stands for. */
export type IdentifierKind = "constant" | "function" | "global" | "variable" | "function-or-variable";

/**
 * Decides what a name means, once, at compile time. Registered functions win over allowed globals, which win
 * over variables. Without `functionNames` a called name (`fmt(x)`) is looked up among the functions first and
 * then among the variables at evaluation, and is not counted as a dependency: pass the names for precision.
 */
export function classifyIdentifier(
  name: string,
  functionNames: ReadonlySet<string> | undefined,
  asCallee: boolean,
): IdentifierKind {
  if (CONSTANTS.has(name)) return "constant";
  if (functionNames?.has(name)) return "function";
  if (SAFE_GLOBALS.has(name)) return "global";
  if (functionNames === undefined && asCallee) return "function-or-variable";
  return "variable";
}

/** Compiles a bare name; records it as a dependency when it is a variable. */
export function compileIdentifier(node: Identifier, context: CompileContext, asCallee = false): Evaluator {
  const { name } = node;
  if (KEYWORDS.has(name)) throw refuseKeyword(node, context);
  if (FORBIDDEN_KEYS.has(name)) throw refuse(context, node, `Access to "${name}" is not allowed`);
  const kind = classifyIdentifier(name, context.functionNames, asCallee);
  switch (kind) {
    case "constant": {
      const value = CONSTANTS.get(name);
      return () => value;
    }
    case "global": {
      const value = SAFE_GLOBALS.get(name);
      return () => value;
    }
    case "function":
      return (scope) => {
        const fn = Object.hasOwn(scope.functions, name) ? scope.functions[name] : undefined;
        if (typeof fn !== "function") throw failure(context, `No function named "${name}" is registered`);
        return fn;
      };
    case "function-or-variable":
      return (scope) => {
        if (Object.hasOwn(scope.functions, name)) return scope.functions[name];
        return readVariable(scope.variables, name, context);
      };
    case "variable":
      context.dependencies.add(name);
      return (scope) => readVariable(scope.variables, name, context);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function readVariable(
  variables: Readonly<Record<string, unknown>>,
  name: string,
  context: CompileContext,
): unknown {
  const value = variables[name];
  // `in` only for undefined keeps the common read to a single property access on a possibly proxied object.
  if (value === undefined && !(name in variables)) throw failure(context, `Unknown variable "${name}"`);
  return value;
}

/** The error for a JavaScript keyword such as `new` or `typeof`, which bindings do not support. */
export function refuseKeyword(node: Identifier, context: CompileContext): Error {
  return refuse(context, node, `"${node.name}" is not allowed in a binding`, keywordHint(node.name));
}

function keywordHint(name: string): string | undefined {
  switch (name) {
    case "new":
      return "bindings cannot construct objects: compute the value in a function the app registers";
    case "typeof":
    case "instanceof":
    case "in":
      return "test the value in a function the app registers";
    default:
      return undefined;
  }
}
