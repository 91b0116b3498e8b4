import { test } from "uvu";
import * as assert from "uvu/assert";
import { assignPath } from "../../gui/expressions/mod.ts";

test("assignPath() copies the containers along the path and shares the rest", () => {
  const root = { user: { name: "Ada", tags: ["x", "y"] }, other: { n: 1 } };
  const frozen = structuredClone(root);
  const next = assignPath(root, ["user", "tags", 1], "z") as typeof root;
  assert.equal(next, { user: { name: "Ada", tags: ["x", "z"] }, other: { n: 1 } });
  assert.equal(root, frozen, "the original is untouched");
  assert.is.not(next, root);
  assert.is.not(next.user, root.user);
  assert.is.not(next.user.tags, root.user.tags);
  assert.is(next.other, root.other, "siblings are shared");
  assert.ok(Array.isArray(next.user.tags));
});

test("assignPath() with an empty path returns the value", () => {
  assert.is(assignPath({ a: 1 }, [], 5), 5);
});

test("assignPath() returns the same root when the value is already there", () => {
  const root = { a: { b: 1 } };
  assert.is(assignPath(root, ["a", "b"], 1), root);
  const nan = { v: NaN };
  assert.is(assignPath(nan, ["v"], NaN), nan);
});

test("assignPath() adds a key that did not exist on an existing object", () => {
  const root = { a: {} as Record<string, unknown> };
  assert.equal(assignPath(root, ["a", "b"], 2), { a: { b: 2 } });
  assert.equal(root, { a: {} });
});

test("assignPath() writes an array slot without turning the array into an object", () => {
  const list = [1, 2, 3];
  const next = assignPath(list, [0], 9);
  assert.equal(next, [9, 2, 3]);
  assert.equal(list, [1, 2, 3]);
});

test("assignPath() refuses to create a missing container", () => {
  assert.throws(() => assignPath({ a: undefined }, ["a", "b"], 1), /\[a\] is undefined/);
  assert.throws(() => assignPath(null, ["a"], 1), /the root is null/);
  assert.throws(() => assignPath({ a: 3 }, ["a", "b"], 1), /\[a\] is number/);
});

test("assignPath() refuses prototype keys", () => {
  for (const key of ["__proto__", "constructor", "prototype"]) {
    assert.throws(() => assignPath({}, [key, "polluted"], true), /not allowed/);
  }
  assert.is(({} as Record<string, unknown>)["polluted"], undefined);
});

test("assignPath() keeps a class instance's prototype and a null-prototype record's lack of one", () => {
  class Point {
    constructor(public x: number, public y: number) {}
    sum(): number {
      return this.x + this.y;
    }
  }
  const next = assignPath({ p: new Point(1, 2) }, ["p", "x"], 5) as { p: Point };
  assert.ok(next.p instanceof Point);
  assert.is(next.p.sum(), 7);
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
  assert.is(Object.getPrototypeOf(assignPath(bare, ["a"], 2)), null);
});

test("assignPath() refuses to copy built-ins with internal slots", () => {
  assert.throws(() => assignPath({ m: new Map() }, ["m", "k"], 1), /Cannot copy a Map/);
  assert.throws(() => assignPath(new Date(0), ["x"], 1), /Cannot copy a Date/);
});

test.run();
