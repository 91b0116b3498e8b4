/**
 * Expressions run on the server with values clients drive: what they may build is bounded, and going past
 * the bound fails the binding with an ExpressionEvaluationError naming the expression and the limit,
 * before the memory is taken.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileCallback } from "../../gui/expressions/compile_callback.ts";
import { MAX_ARRAY_LENGTH, MAX_STRING_LENGTH } from "../../gui/expressions/expression_limits.ts";
import { ExpressionEvaluationError, parsePropertyValue } from "../../gui/expressions/mod.ts";

const inner = new Array<string>(1000).fill("xxxxxxxxxx");
const variables = {
  n: 2e8,
  s: "#",
  a10k: "a".repeat(10_000),
  half: "h".repeat(600_000),
  halfList: new Array<number>(600_000).fill(1),
  spec: { length: 2e8 },
  // Small in memory, 11 million characters as text: a thousand references to one list.
  shared: new Array<string[]>(1000).fill(inner),
  items: ["a", "b", 3],
  obj: { a: [1, 2] },
};

function evaluate(raw: string): unknown {
  const parsed = parsePropertyValue(raw, new Set());
  if (parsed.kind !== "binding") throw new Error(`${raw} is no binding`);
  return parsed.binding.evaluate({ variables, functions: {} });
}

const REFUSED: [raw: string, what: RegExp][] = [
  ['{"#".repeat(n)}', /repeat\(\) would make a string of 200000000 characters/],
  ["{s.padStart(n)}", /padStart\(\)/],
  ["{s.padEnd(n, s)}", /padEnd\(\)/],
  ["{Array.from(spec)}", /Array\.from\(\) would make a list of 200000000 items/],
  ["{shared.join()}", /join\(\)/],
  ['{shared.join("")}', /join\(\)/],
  ["{shared.toString()}", /toString\(\)/],
  ["{String(shared)}", /String\(\)/],
  ["{JSON.stringify(shared)}", /JSON\.stringify\(\)/],
  ['{shared + ""}', /\+ would make a string/],
  ["{half + half}", /\+ would make a string of 1200000 characters/],
  ["{s.concat(half, half)}", /concat\(\)/],
  ["{halfList.concat(halfList)}", /concat\(\) would make a list/],
  ["{shared.flat()}", /flat\(\) would make a list/],
  ['{a10k.replaceAll("a", "$`")}', /replace\(\)/],
  ['{a10k.replaceAll("a", a10k)}', /replace\(\)/],
  ["{s.repeat.call(s, n)}", /repeat\(\)/],
  ["{s.repeat.apply(s, [n])}", /repeat\(\)/],
  ["{s.repeat.bind(s)(n)}", /repeat\(\)/],
  ["{s.repeat.call.call(s.repeat, s, n)}", /repeat\(\)/],
  ["{[n].map(s.repeat, s)}", /repeat\(\)/],
  ["{[s].map(s.padEnd.bind(s, n))}", /padEnd\(\)/],
  ["Text: {shared}", /the text would make a string/],
];

test("expressions that would build past the limits fail, naming the expression and the limit", () => {
  for (const [raw, what] of REFUSED) {
    let error: unknown;
    try {
      evaluate(raw);
    } catch (caught) {
      error = caught;
    }
    assert.instance(error, ExpressionEvaluationError, `${raw} fails`);
    const { message, expression } = error as ExpressionEvaluationError;
    assert.match(message, what, raw);
    assert.match(message, new RegExp(`over the limit of (${MAX_STRING_LENGTH}|${MAX_ARRAY_LENGTH})`), raw);
    assert.ok(raw.includes(expression), `${message} names the expression`);
  }
});

test("ordinary expressions are not hindered by the limits", () => {
  assert.is(evaluate('{"#".repeat(50)}'), "#".repeat(50));
  assert.is(evaluate('{items.join(", ")}'), "a, b, 3");
  assert.equal(evaluate("{items.map(String)}"), ["a", "b", "3"]);
  assert.is(evaluate("{JSON.stringify(obj)}"), '{"a":[1,2]}');
  assert.is(evaluate('{"n = " + 1}'), "n = 1");
  assert.is(evaluate("{1 + 2}"), 3);
  assert.is(evaluate("{inner}".replace("inner", "shared.length")), 1000);
  assert.is(evaluate('{s.padStart(5, "-")}'), "----#");
  assert.is(evaluate("{Array.from(items).length}"), 3);
  assert.is(evaluate("{items.concat([4]).length}"), 4);
  assert.is(evaluate('{s.repeat.call("ab", 2)}'), "abab");
  assert.is(evaluate("Items: {items}"), "Items: a,b,3");
  assert.is((evaluate("{half + s}") as string).length, 600_001);
});

test("an inline callback's += is bounded like +", () => {
  const callback = compileCallback("{(state) => state.log += state.log}", {
    functionNames: new Set(),
    variables: new Set(["log"]),
  });
  const state = { log: "x".repeat(600_000) };
  assert.throws(
    () => callback.run([state], {}),
    (error: unknown) =>
      error instanceof ExpressionEvaluationError && /over the limit of 1000000/.test(error.message),
  );
  assert.is(state.log.length, 600_000, "the variable keeps its value");
});

test.run();
