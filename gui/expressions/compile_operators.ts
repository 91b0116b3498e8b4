/**
 * Unary and binary operators as specialised closures: the operator is chosen once, at compile time, so
 * evaluation runs no switch.
 *
 * Operands are `unknown`; they are cast to `number` only to satisfy the type checker. JavaScript's own
 * coercions still apply at run time (`"a" + 1` is `"a1"`), which is what an author writing JavaScript expects.
 */
import type { Evaluator } from "./compile_context.ts";
import { plusProblem } from "./expression_limits.ts";

type Num = number;

/** The closure for a prefix operator, or undefined when the operator is not supported. */
export function compileUnary(operator: string, argument: Evaluator): Evaluator | undefined {
  switch (operator) {
    case "-":
      return (s) => -(argument(s) as Num);
    case "+":
      return (s) => +(argument(s) as Num);
    case "!":
      return (s) => !argument(s);
    case "~":
      return (s) => ~(argument(s) as Num);
    default:
      return undefined;
  }
}

/**
 * The closure for a binary or logical operator, or undefined when the operator is not supported. `fail`
 * makes the error for a `+` whose text would exceed the limits (expression_limits.ts).
 */
export function compileBinary(
  operator: string,
  left: Evaluator,
  right: Evaluator,
  fail: (reason: string) => Error,
): Evaluator | undefined {
  switch (operator) {
    case "||":
      return (s) => left(s) || right(s);
    case "&&":
      return (s) => left(s) && right(s);
    case "??":
      return (s) => left(s) ?? right(s);
    case "|":
      return (s) => (left(s) as Num) | (right(s) as Num);
    case "^":
      return (s) => (left(s) as Num) ^ (right(s) as Num);
    case "&":
      return (s) => (left(s) as Num) & (right(s) as Num);
    case "==":
      return (s) => left(s) == right(s);
    case "!=":
      return (s) => left(s) != right(s);
    case "===":
      return (s) => left(s) === right(s);
    case "!==":
      return (s) => left(s) !== right(s);
    case "<":
      return (s) => (left(s) as Num) < (right(s) as Num);
    case ">":
      return (s) => (left(s) as Num) > (right(s) as Num);
    case "<=":
      return (s) => (left(s) as Num) <= (right(s) as Num);
    case ">=":
      return (s) => (left(s) as Num) >= (right(s) as Num);
    case "<<":
      return (s) => (left(s) as Num) << (right(s) as Num);
    case ">>":
      return (s) => (left(s) as Num) >> (right(s) as Num);
    case ">>>":
      return (s) => (left(s) as Num) >>> (right(s) as Num);
    case "+":
      return (s) => {
        const [a, b] = [left(s), right(s)];
        const problem = plusProblem(a, b);
        if (problem !== undefined) throw fail(problem);
        return (a as Num) + (b as Num);
      };
    case "-":
      return (s) => (left(s) as Num) - (right(s) as Num);
    case "*":
      return (s) => (left(s) as Num) * (right(s) as Num);
    case "/":
      return (s) => (left(s) as Num) / (right(s) as Num);
    case "%":
      return (s) => (left(s) as Num) % (right(s) as Num);
    case "**":
      return (s) => (left(s) as Num) ** (right(s) as Num);
    default:
      return undefined;
  }
}
