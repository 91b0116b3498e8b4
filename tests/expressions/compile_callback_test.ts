import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileCallback, isInlineCallback } from "../../gui/expressions/compile_callback.ts";
import { ExpressionSyntaxError } from "../../gui/expressions/expression_syntax_error.ts";

const options = {
  functionNames: new Set(["save", "later"]),
  variables: new Set(["count", "log", "items", "point", "matrix", "rows", "flag"]),
};

function fresh() {
  return {
    count: 1,
    log: "",
    items: [1, 2],
    point: { x: 1, y: 2 },
    matrix: [[0, 0], [0, 0]],
    rows: [{ done: false }],
    flag: null as string | null,
  };
}

const saved: unknown[] = [];
const functions = {
  save: (...args: unknown[]) => void saved.push(args),
  later: (value: unknown) => new Promise((resolve) => setTimeout(() => resolve(value), 5)),
};

function run(raw: string, ...args: unknown[]) {
  const state = fresh();
  const result = compileCallback(raw, options).run([state, ...args], functions);
  return { state, result };
}

test("isInlineCallback() tells an arrow in braces from a function name", () => {
  assert.ok(isInlineCallback("{(state) => state.count++}"));
  assert.ok(isInlineCallback(" { s => s.count++ }"));
  assert.ok(isInlineCallback("{() => save()}"));
  assert.not.ok(isInlineCallback("save"));
  assert.not.ok(isInlineCallback("{save}"));
  assert.not.ok(isInlineCallback("x {(s) => 1}"));
});

const runs: [string, unknown[], (state: ReturnType<typeof fresh>) => unknown, unknown][] = [
  ["{(state) => state.count++}", [], (s) => s.count, 2],
  ["{(state) => ++state.count}", [], (s) => s.count, 2],
  ["{(state) => state.count--}", [], (s) => s.count, 0],
  ["{(state) => state.count += 5}", [], (s) => s.count, 6],
  ["{(state) => state.count **= 3}", [], (s) => s.count, 1],
  ["{(state, name, value) => state.log = name + ':' + value}", ["log", "hi"], (s) => s.log, "log:hi"],
  ["{(state) => state.point.x = 3}", [], (s) => s.point, { x: 3, y: 2 }],
  ["{(state) => state.matrix[1][0] = 7}", [], (s) => s.matrix, [[0, 0], [7, 0]]],
  ["{(state, id, payload) => state.rows[payload.row].done = true}", ["b", { row: 0 }], (s) => s.rows, [{ done: true }]],
  ["{(state) => state.items.push(3)}", [], (s) => s.items, [1, 2, 3]],
  ["{(state) => { state.count = 10; state.log = 'x'; }}", [], (s) => [s.count, s.log], [10, "x"]],
  ["{(state) => state.flag ??= 'set'}", [], (s) => s.flag, "set"],
  ["{(state) => state.log ||= 'empty'}", [], (s) => s.log, "empty"],
  ["{(state) => state.count = state.count > 0 ? -1 : 1}", [], (s) => s.count, -1],
  ["{s => s['count'] = 4}", [], (s) => s.count, 4],
];

for (const [raw, args, read, expected] of runs) {
  test(`compileCallback() runs ${raw}`, () => {
    const { state } = run(raw, ...args);
    assert.equal(read(state), expected);
  });
}

test("compileCallback() calls registered functions with the arguments given", () => {
  saved.length = 0;
  const { state } = run("{(state, id) => save(state, id)}", "button1");
  assert.equal(saved, [[state, "button1"]]);
});

test("compileCallback() awaits a statement's promise before the next statement", async () => {
  const { state, result } = run("{(state) => { state.log = later('a'); state.count = 5 }}");
  assert.instance(state.log, Promise, "an assignment stores what it is given");
  assert.is(state.count, 1, "the next statement waits");
  const awaited = run("{(state) => { later(1); state.count = 5 }}");
  assert.is(awaited.state.count, 1);
  await awaited.result;
  assert.is(awaited.state.count, 5);
  await result;
});

const errors: [string, string, number][] = [
  ["{(state) => state.cuont++}", 'The state has no variable "cuont"', 18],
  ["{(state) => state.log = cuont}", 'Unknown name "cuont"', 24],
  ["{(state) => state.log = count}", 'Unknown name "count"', 24],
  ["{(state) => count = 1}", "Only the state can be assigned in an inline callback", 12],
  ["{(state, value) => value = 1}", "Only the state can be assigned in an inline callback", 19],
  ["{(state) => state.count <<= 1}", 'Operator "<<=" is not supported', 23],
  ["{(state) => state.point.constructor = 1}", "Writing \"constructor\" is not allowed", 24],
  ["{(state) => state.count = 1; state.log = 2}", "Several statements need braces", 29],
  ["{({ count }) => count}", "Parameters are plain names", 2],
  ["{(state, save) => save}", 'Parameter "save" hides the registered function "save"', 9],
  ["{async (state) => state.count++}", '"async" is not needed', 1],
  ["{(state) => }", "The arrow function has no body", 12],
  ["{(state) => new Date()}", '"new" is not allowed in a binding', 12],
];

for (const [raw, reason, offset] of errors) {
  test(`compileCallback() refuses ${raw} at offset ${offset}`, () => {
    let caught: unknown;
    try {
      compileCallback(raw, options);
    } catch (error) {
      caught = error;
    }
    assert.instance(caught, ExpressionSyntaxError);
    const error = caught as ExpressionSyntaxError;
    assert.is(error.reason, reason);
    assert.is(error.offset, offset);
  });
}

test("an Unknown name that is a state variable hints at state.name", () => {
  try {
    compileCallback("{(state) => state.log = count}", options);
  } catch (error) {
    assert.match((error as ExpressionSyntaxError).hint ?? "", "state.count");
  }
});

test.run();
