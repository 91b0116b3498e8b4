import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  ExpressionEvaluationError,
  type ExpressionScope,
  parsePropertyValue,
} from "../../gui/expressions/mod.ts";

const SCOPE: ExpressionScope = {
  variables: {
    x: 21,
    y: 2,
    name: "Ada",
    ok: true,
    nothing: null,
    missing: undefined,
    items: [1, 2, 3],
    words: ["b", "a", "c"],
    user: { name: "Ada", address: { city: "London" }, tags: ["x"] },
    key: "name",
    pi: 3.14159,
    Math: "shadowed by the global",
  },
  functions: {
    fmt: (value: unknown) => `<${String(value)}>`,
    add: (a: unknown, b: unknown) => (a as number) + (b as number),
  },
};

function evaluate(raw: string, scope: ExpressionScope = SCOPE): unknown {
  const parsed = parsePropertyValue(raw, new Set(Object.keys(scope.functions)));
  if (parsed.kind !== "binding") throw new Error(`${raw} is static`);
  return parsed.binding.evaluate(scope);
}

const RESULTS: [string, unknown][] = [
  ["{x}", 21],
  ["{x * 2}", 42],
  ["{x + y * 3 - 1}", 26],
  ["{(x + y) * 3}", 69],
  ["{2 ** 3 ** 2}", 512],
  ["{x % 4}", 1],
  ["{-x}", -21],
  ["{+'3'}", 3],
  ["{!ok}", false],
  ["{~1}", -2],
  ["{x > 20 && y < 3}", true],
  ["{nothing || 'default'}", "default"],
  ["{nothing ?? 'default'}", "default"],
  ["{0 ?? 'default'}", 0],
  ["{ok ? 'yes' : 'no'}", "yes"],
  ["{x > 100 ? 'big' : x > 10 ? 'medium' : 'small'}", "medium"],
  ["{name + '!'}", "Ada!"],
  ["{'n' + 1}", "n1"],
  ["{x == '21'}", true],
  ["{x === '21'}", false],
  ["{x != 21}", false],
  ["{1 << 3 | 1}", 9],
  ["{-8 >>> 28}", 15],
  ["{items.length}", 3],
  ["{items[1]}", 2],
  ["{user.address.city}", "London"],
  ['{user["address"]["city"]}', "London"],
  ["{user[key]}", "Ada"],
  ["{user.tags[0]}", "x"],
  ["{user.phone}", undefined],
  ["{missing}", undefined],
  ["{nothing?.a.b.c}", undefined],
  ["{user?.address?.city}", "London"],
  ["{user.phone?.number}", undefined],
  ["{user.nope?.()}", undefined],
  ["{pi.toFixed(2)}", "3.14"],
  ["{items.join(', ')}", "1, 2, 3"],
  ["{items.map(fmt).join('')}", "<1><2><3>"],
  ["{words.toSorted()}", ["a", "b", "c"]],
  ["{name.toUpperCase().length}", 3],
  ["{fmt(x)}", "<21>"],
  ["{add(x, y)}", 23],
  ["{Math.round(pi * 100) / 100}", 3.14],
  ["{Math.abs(-1)}", 1],
  ["{JSON.stringify(items)}", "[1,2,3]"],
  ["{Number('4') + 1}", 5],
  ["{String(x).padStart(4, '0')}", "0021"],
  ["{Boolean(nothing)}", false],
  ["{Array.isArray(items)}", true],
  ["{Object.keys(user).length}", 3],
  ["{parseFloat('2.5')}", 2.5],
  ["{[x, y, 3]}", [21, 2, 3]],
  ["{[1, , 3].length}", 3],
  ["{undefined}", undefined],
  ["{Infinity > x}", true],
  ["{NaN === NaN}", false],
  ["{'a\\'b'}", "a'b"],
  ["{.5 + 1e2}", 100.5],
];

for (const [raw, expected] of RESULTS) {
  test(`binding.evaluate() gives ${JSON.stringify(expected)} for ${raw}`, () => {
    assert.equal(evaluate(raw), expected);
  });
}

const TEMPLATES: [string, string][] = [
  ["Value is {x}", "Value is 21"],
  ["{name} has {items.length} items", "Ada has 3 items"],
  ["[{nothing}|{missing}]", "[|]"],
  ["list: {items}", "list: 1,2,3"],
  ["\\{x\\} = {x}", "{x} = 21"],
  ["{pi.toFixed(1)}%", "3.1%"],
  ["{ok ? '}' : '{'} done", "} done"],
];

for (const [raw, expected] of TEMPLATES) {
  test(`template ${JSON.stringify(raw)} gives ${JSON.stringify(expected)}`, () => {
    assert.is(evaluate(raw), expected);
  });
}

test("binding.evaluate() re-reads the scope each time", () => {
  const parsed = parsePropertyValue("{a.b * 2}");
  if (parsed.kind !== "binding") throw new Error("static");
  assert.is(parsed.binding.evaluate({ variables: { a: { b: 1 } }, functions: {} }), 2);
  assert.is(parsed.binding.evaluate({ variables: { a: { b: 5 } }, functions: {} }), 10);
});

test("binding.evaluate() reads variables through a Proxy", () => {
  const reads: string[] = [];
  const variables = new Proxy({ x: 1, y: 2 } as Record<string, unknown>, {
    get(target, name, receiver) {
      if (typeof name === "string") reads.push(name);
      return Reflect.get(target, name, receiver);
    },
  });
  assert.is(evaluate("{x + y}", { variables, functions: {} }), 3);
  assert.equal(reads, ["x", "y"]);
});

test("a method call receives its object as this", () => {
  const counter = {
    count: 4,
    double(this: { count: number }) {
      return this.count * 2;
    },
  };
  assert.is(evaluate("{counter.double()}", { variables: { counter }, functions: {} }), 8);
});

const FAILURES: [string, RegExp][] = [
  ["{unknown}", /Unknown variable "unknown"/],
  ["{x + unknown}", /Unknown variable "unknown"/],
  ["{nothing.a}", /Cannot read "a" of null \(nothing is null\)/],
  ["{user.phone.number}", /Cannot read "number" of undefined \(user.phone is undefined\)/],
  ["{x()}", /"x" is not a function \(it is number\)/],
  ["{user.name()}", /"user.name" is not a function \(it is string\)/],
  ["{nothing()}", /"nothing" is not a function \(it is null\)/],
];

for (const [raw, reason] of FAILURES) {
  test(`binding.evaluate() throws ExpressionEvaluationError for ${raw}`, () => {
    try {
      evaluate(raw);
    } catch (error) {
      if (!(error instanceof ExpressionEvaluationError)) throw error;
      assert.match(error.reason, reason);
      assert.is(error.expression, raw.slice(1, -1));
      return;
    }
    assert.unreachable(`${raw} should fail`);
  });
}

test("binding.evaluate() throws for a registered name missing from the scope's functions", () => {
  const parsed = parsePropertyValue("{fmt(x)}", new Set(["fmt"]));
  if (parsed.kind !== "binding") throw new Error("static");
  assert.throws(
    () => parsed.binding.evaluate({ variables: { x: 1 }, functions: {} }),
    /No function named "fmt"/,
  );
});

test("binding.evaluate() without function names finds a called name among functions, then variables", () => {
  const parsed = parsePropertyValue("{f(1)}");
  if (parsed.kind !== "binding") throw new Error("static");
  assert.is(parsed.binding.evaluate({ variables: {}, functions: { f: () => "fn" } }), "fn");
  assert.is(parsed.binding.evaluate({ variables: { f: () => "var" }, functions: {} }), "var");
});

test("errors thrown by registered functions propagate unchanged", () => {
  const boom = new RangeError("boom");
  const scope: ExpressionScope = {
    variables: {},
    functions: {
      fail: () => {
        throw boom;
      },
    },
  };
  try {
    evaluate("{fail()}", scope);
  } catch (error) {
    assert.is(error, boom);
    return;
  }
  assert.unreachable();
});

test.run();
