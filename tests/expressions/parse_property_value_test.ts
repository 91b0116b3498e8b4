import { test } from "uvu";
import * as assert from "uvu/assert";
import { ExpressionSyntaxError, parsePropertyValue, type PathSegment } from "../../gui/expressions/mod.ts";

const FUNCTIONS = new Set(["fmt", "total"]);

interface Expected {
  kind: "direct" | "computed" | "template";
  key: string;
  dependencies: string[];
  path?: PathSegment[];
}

const BINDINGS: [string, Expected][] = [
  ["{x}", { kind: "direct", key: "x", dependencies: ["x"], path: ["x"] }],
  ["  { x }  ", { kind: "direct", key: "x", dependencies: ["x"], path: ["x"] }],
  ["{a.b}", { kind: "direct", key: "a.b", dependencies: ["a"], path: ["a", "b"] }],
  ["{a[0]}", { kind: "direct", key: "a[0]", dependencies: ["a"], path: ["a", 0] }],
  ['{a["k"]}', { kind: "direct", key: 'a["k"]', dependencies: ["a"], path: ["a", "k"] }],
  ["{a['k'].b[2]}", { kind: "direct", key: "a['k'].b[2]", dependencies: ["a"], path: ["a", "k", "b", 2] }],
  ["{a.new}", { kind: "direct", key: "a.new", dependencies: ["a"], path: ["a", "new"] }],
  ["{x * 2}", { kind: "computed", key: "x * 2", dependencies: ["x"] }],
  ["{items.length}", { kind: "computed", key: "items.length", dependencies: ["items"] }],
  ['{ok ? "yes" : "no"}', { kind: "computed", key: 'ok ? "yes" : "no"', dependencies: ["ok"] }],
  ["{fmt(x)}", { kind: "computed", key: "fmt(x)", dependencies: ["x"] }],
  ["{fmt}", { kind: "computed", key: "fmt", dependencies: [] }],
  ["{a[k]}", { kind: "computed", key: "a[k]", dependencies: ["a", "k"] }],
  ["{a[-1]}", { kind: "computed", key: "a[-1]", dependencies: ["a"] }],
  ["{a[1.5]}", { kind: "computed", key: "a[1.5]", dependencies: ["a"] }],
  ["{a?.b}", { kind: "computed", key: "a?.b", dependencies: ["a"] }],
  ["{a.b()}", { kind: "computed", key: "a.b()", dependencies: ["a"] }],
  ["{Math.PI}", { kind: "computed", key: "Math.PI", dependencies: [] }],
  ["{Math.round(x) + y}", { kind: "computed", key: "Math.round(x) + y", dependencies: ["x", "y"] }],
  ["{items.map(fmt).join(sep)}", {
    kind: "computed",
    key: "items.map(fmt).join(sep)",
    dependencies: ["items", "sep"],
  }],
  ["{undefined}", { kind: "computed", key: "undefined", dependencies: [] }],
  ["{[a, b, 3]}", { kind: "computed", key: "[a, b, 3]", dependencies: ["a", "b"] }],
  ["{42}", { kind: "computed", key: "42", dependencies: [] }],
  ["Value is {x}", { kind: "template", key: "Value is {x}", dependencies: ["x"] }],
  ["{a} and {b}", { kind: "template", key: "{a} and {b}", dependencies: ["a", "b"] }],
  ["{a}{a.b}", { kind: "template", key: "{a}{a.b}", dependencies: ["a"] }],
  ["\\{ {x}", { kind: "template", key: "\\{ {x}", dependencies: ["x"] }],
  ['{ok ? "}" : "{"}', { kind: "computed", key: 'ok ? "}" : "{"', dependencies: ["ok"] }],
];

for (const [raw, expected] of BINDINGS) {
  test(`parsePropertyValue() reads ${JSON.stringify(raw)} as a ${expected.kind} binding`, () => {
    const parsed = parsePropertyValue(raw, FUNCTIONS);
    if (parsed.kind !== "binding") throw new Error(`expected a binding, got ${JSON.stringify(parsed)}`);
    const { kind, key, dependencies, path } = parsed.binding;
    assert.equal(
      {
        kind,
        key,
        dependencies: [...dependencies].sort(),
        ...(path === undefined ? {} : { path: [...path] }),
      },
      expected,
    );
  });
}

const STATICS: [string, string][] = [
  ["hello", "hello"],
  ["", ""],
  ["a } b", "a } b"],
  ["\\{not bound\\}", "{not bound}"],
  ["C:\\path", "C:\\path"],
];

for (const [raw, value] of STATICS) {
  test(`parsePropertyValue() keeps ${JSON.stringify(raw)} static`, () => {
    assert.equal(parsePropertyValue(raw), { kind: "static", value });
  });
}

test("parsePropertyValue() without function names takes a called name for a function, not a dependency", () => {
  const parsed = parsePropertyValue("{fmt(x)}");
  assert.is(parsed.kind, "binding");
  if (parsed.kind === "binding") assert.equal([...parsed.binding.dependencies], ["x"]);
});

test("parsePropertyValue() with function names takes an unregistered called name for a variable", () => {
  const parsed = parsePropertyValue("{fnt(x)}", FUNCTIONS);
  if (parsed.kind === "binding") assert.equal([...parsed.binding.dependencies].sort(), ["fnt", "x"]);
});

const ERRORS: [string, number, RegExp][] = [
  ["{x +}", 4, /Expected an expression after "\+"/],
  ["{(x}", 1, /Unclosed "\("/],
  ["{x", 0, /Unclosed "\{"/],
  ["Value is {x", 9, /Unclosed "\{"/],
  ["{}", 0, /Empty expression/],
  ["a {  } b", 2, /Empty expression/],
  ["{a = 1}", 3, /Unexpected "="/],
  ["{(x) => x * 2}", 5, /Unexpected "=>"/],
  ["{x++}", 4, /unary operator/],
  ["{new Date()}", 1, /"new" is not allowed/],
  ["{typeof x}", 1, /"typeof" is not allowed/],
  ["{this.x}", 1, /"this" is not allowed/],
  ["{a, b}", 4, /one expression/],
  ["{(a, b)}", 5, /not a sequence/],
  ["{a b}", 3, /one expression/],
  ["{ {a: 1} }", 2, /Unexpected "\{"/],
  ["{`a${x}`}", 1, /Unexpected "`"/],
  ["{a[}", 3, /Unexpected/],
  ['{"abc}', 0, /Unclosed "\{"/],
  ["ok {a} then {b +} end", 16, /Expected an expression after "\+"/],
  ["{x.constructor}", 3, /"constructor" is not allowed/],
];

for (const [raw, offset, reason] of ERRORS) {
  test(`parsePropertyValue() reports ${JSON.stringify(raw)} at offset ${offset}`, () => {
    try {
      parsePropertyValue(raw);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      assert.is(error.offset, offset, error.message);
      assert.match(error.reason, reason);
      assert.is(error.source, raw);
      return;
    }
    assert.unreachable(`${raw} should not parse`);
  });
}

test("ExpressionSyntaxError carries a hint and a code frame with a caret under the fault", () => {
  try {
    parsePropertyValue("{a = 1}");
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    assert.match(error.hint ?? "", /callback/);
    assert.ok(error.message.includes("> 1 | {a = 1}\n    |    ^"), error.message);
    return;
  }
  assert.unreachable();
});

test.run();
