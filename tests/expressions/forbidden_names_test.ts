import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  ExpressionEvaluationError,
  type ExpressionScope,
  ExpressionSyntaxError,
  parsePropertyValue,
} from "../../gui/expressions/mod.ts";

const REFUSED_AT_PARSE: [string, number][] = [
  ["{x.constructor}", 3],
  ['{x["__proto__"]}', 3],
  ["{x['prototype']}", 3],
  ["{x.__proto__.polluted}", 3],
  ["{constructor}", 1],
  ["{__proto__}", 1],
  ["{String.prototype}", 8],
  ["{''.constructor}", 4],
  ["{fmt.constructor('return 1')()}", 5],
  ["{x.__defineGetter__('a', fmt)}", 3],
  ["{a ? b : c.constructor}", 11],
  ["Hello {user.constructor.name}", 12],
];

for (const [raw, offset] of REFUSED_AT_PARSE) {
  test(`parsePropertyValue() refuses ${raw} at offset ${offset}`, () => {
    try {
      parsePropertyValue(raw, new Set(["fmt"]));
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      assert.match(error.reason, /is not allowed/);
      assert.is(error.offset, offset);
      return;
    }
    assert.unreachable(`${raw} should be refused`);
  });
}

function evaluate(raw: string, variables: Record<string, unknown>): unknown {
  const parsed = parsePropertyValue(raw, new Set(["fmt"]));
  if (parsed.kind !== "binding") throw new Error("static");
  const scope: ExpressionScope = { variables, functions: { fmt: (value: unknown) => String(value) } };
  return parsed.binding.evaluate(scope);
}

const REFUSED_AT_RUN_TIME: [string, Record<string, unknown>, RegExp][] = [
  ["{a[k]}", { a: {}, k: "constructor" }, /Access to "constructor" is not allowed/],
  ["{a[k]}", { a: {}, k: "__proto__" }, /Access to "__proto__" is not allowed/],
  ["{a[k]}", { a: {}, k: ["constructor"] }, /Access to "constructor" is not allowed/],
  ["{a[k]('return 1')}", { a: () => 0, k: "constructor" }, /Access to "constructor" is not allowed/],
  ["{fmt[k]}", { k: "constructor" }, /Access to "constructor" is not allowed/],
  ["{a['con' + 'structor']}", { a: {} }, /Access to "constructor" is not allowed/],
  ["{items.push(4)}", { items: [1] }, /"push" would change the array in place/],
  ["{items.sort()}", { items: [2, 1] }, /"sort" would change the array in place/],
  ["{items[m](0)}", { items: [1], m: "splice" }, /"splice" would change the array in place/],
  ["{bytes.fill(0)}", { bytes: new Uint8Array(2) }, /"fill" would change the array in place/],
];

for (const [raw, variables, reason] of REFUSED_AT_RUN_TIME) {
  test(`binding.evaluate() refuses ${raw} with ${JSON.stringify(variables)}`, () => {
    const before = JSON.stringify(variables);
    try {
      evaluate(raw, variables);
    } catch (error) {
      if (!(error instanceof ExpressionEvaluationError)) throw error;
      assert.match(error.reason, reason);
      assert.is(JSON.stringify(variables), before, "the state is unchanged");
      return;
    }
    assert.unreachable(`${raw} should be refused`);
  });
}

test("a `fill` or `sort` property of a plain object is readable", () => {
  assert.is(evaluate("{shape.fill}", { shape: { fill: "red" } }), "red");
  assert.is(evaluate("{options.sort}", { options: { sort: "asc" } }), "asc");
});

test("Object and Array expose only their listed helpers", () => {
  assert.is(evaluate("{Object.assign}", {}), undefined);
  assert.is(evaluate("{Object.defineProperty}", {}), undefined);
  assert.is(evaluate("{Object.getPrototypeOf}", {}), undefined);
  assert.equal(evaluate("{Object.entries(o)}", { o: { a: 1 } }), [["a", 1]]);
  assert.equal(evaluate("{Array.from(s)}", { s: "ab" }), ["a", "b"]);
});

test("names that are not allowed globals are state variables, never the runtime's globals", () => {
  for (const name of ["globalThis", "process", "Deno", "Function", "eval", "Reflect", "window", "require"]) {
    const parsed = parsePropertyValue(`{${name}}`);
    if (parsed.kind !== "binding") throw new Error("static");
    assert.equal([...parsed.binding.dependencies], [name]);
    assert.throws(() => evaluate(`{${name}}`, {}), new RegExp(`Unknown variable "${name}"`));
  }
});

test("a refused key cannot be reached through a variable of the same name either", () => {
  const parsed = parsePropertyValue("{x[key]}");
  if (parsed.kind !== "binding") throw new Error("static");
  const scope: ExpressionScope = { variables: { x: [], key: "constructor" }, functions: {} };
  assert.throws(() => parsed.binding.evaluate(scope), /not allowed/);
  assert.is(Object.getPrototypeOf([]), Array.prototype);
});

test.run();
