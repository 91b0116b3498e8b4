/**
 * Turns an expression's text into a tree of closures, once. Evaluating a binding then costs a few function
 * calls per node and no parsing or dispatch, which matters because every state change re-evaluates the
 * bindings that read the changed variable.
 */
import type {
  ArrayExpression,
  BinaryExpression,
  CallExpression,
  Compound,
  ConditionalExpression,
  Expression,
  Identifier,
  Literal,
  MemberExpression,
  SequenceExpression,
  UnaryExpression,
} from "jsep";
import type { PathSegment } from "./binding.ts";
import { compileChain } from "./compile_chain.ts";
import { type CompileContext, type Evaluator, failure, refuse } from "./compile_context.ts";
import { compileIdentifier, refuseKeyword } from "./compile_identifier.ts";
import { compileBinary, compileUnary } from "./compile_operators.ts";
import { directPath } from "./direct_path.ts";
import { KEYWORDS } from "./forbidden_names.ts";
import { type ExpressionLocation, parseExpression } from "./parse_expression.ts";

/** One compiled expression. */
export interface CompiledExpression {
  evaluate: Evaluator;
  /** Variable names read. */
  dependencies: Set<string>;
  /** Set when the expression is a plain variable or member path that can be written back. */
  path: PathSegment[] | undefined;
}

/** How an expression may behave beyond a binding's rules. */
export interface CompileExpressionOptions {
  /** Allows in-place array methods (`push`, `sort`...): for inline callbacks, whose arrays are tracked. */
  allowMutators?: boolean;
}

/**
 * Parses and compiles the text between one pair of braces. Throws `ExpressionSyntaxError` located in
 * `location.source`.
 *
 * @example
 * ```ts
 * const { evaluate } = compileExpression("a.b + 1", { source: "{a.b + 1}", start: 1 });
 * evaluate({ variables: { a: { b: 1 } }, functions: {} }); // 2
 * ```
 */
export function compileExpression(
  text: string,
  location: ExpressionLocation,
  functionNames?: ReadonlySet<string>,
  options: CompileExpressionOptions = {},
): CompiledExpression {
  const parsed = parseExpression(text, location);
  const context: CompileContext = {
    parsed,
    location,
    expression: text.trim(),
    functionNames,
    dependencies: new Set(),
    allowMutators: options.allowMutators ?? false,
    compile: (node) => compileNode(node, context),
  };
  const evaluate = compileNode(parsed.ast, context);
  return { evaluate, dependencies: context.dependencies, path: directPath(parsed.ast, functionNames) };
}

function compileNode(node: Expression, context: CompileContext): Evaluator {
  switch (node.type) {
    case "Literal": {
      const { value } = node as Literal;
      return () => value;
    }
    case "Identifier":
      return compileIdentifier(node as Identifier, context);
    case "MemberExpression":
    case "CallExpression":
      return compileChain(node as MemberExpression | CallExpression, context);
    case "UnaryExpression": {
      const { operator, argument } = node as UnaryExpression;
      const evaluator = compileUnary(operator, context.compile(argument));
      if (evaluator === undefined) throw refuse(context, node, `Operator "${operator}" is not supported`);
      return evaluator;
    }
    case "BinaryExpression": {
      const { operator, left, right } = node as BinaryExpression;
      const fail = (reason: string) => failure(context, reason);
      const evaluator = compileBinary(operator, context.compile(left), context.compile(right), fail);
      if (evaluator === undefined) throw refuse(context, right, `Operator "${operator}" is not supported`);
      return evaluator;
    }
    case "ConditionalExpression": {
      const conditional = node as ConditionalExpression;
      const test = context.compile(conditional.test);
      const consequent = context.compile(conditional.consequent);
      const alternate = context.compile(conditional.alternate);
      return (scope) => (test(scope) ? consequent(scope) : alternate(scope));
    }
    case "ArrayExpression": {
      // jsep gives `null` for the holes of `[1, , 3]`; they read as undefined, as in JavaScript.
      const elements = (node as ArrayExpression).elements.map((element) =>
        element === null ? () => undefined : context.compile(element)
      );
      return (scope) => elements.map((element) => element(scope));
    }
    case "ThisExpression":
      throw refuse(context, node, `"this" is not allowed in a binding`, "name the state variable directly");
    case "Compound":
      throw refuseCompound(node as Compound, context);
    case "SequenceExpression": {
      const second = (node as SequenceExpression).expressions[1] ?? node;
      throw refuse(context, second, "A binding holds one expression, not a sequence", "remove the comma");
    }
    default:
      throw refuse(context, node, `${node.type} is not supported in a binding`);
  }
}

/** jsep reads `new Date()` and `a b` as several expressions in a row; say which mistake it was. */
function refuseCompound(node: Compound, context: CompileContext): Error {
  const [first, second] = node.body;
  if (first?.type === "Identifier" && KEYWORDS.has((first as Identifier).name)) {
    return refuseKeyword(first as Identifier, context);
  }
  return refuse(
    context,
    second ?? node,
    "A binding holds one expression",
    "use an operator between the values, or put the text outside the braces",
  );
}
