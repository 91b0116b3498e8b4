import { test } from "uvu";
import * as assert from "uvu/assert";
import { elementCatalogue } from "../../gui/elements/catalogue.ts";
import { lovProblem } from "../../gui/elements/writes/lov_rule.ts";
import { numberProblem } from "../../gui/elements/writes/number_rule.ts";
import { sameJson } from "../../gui/elements/writes/same_json.ts";

test("every two-way property of the catalogue declares what it can write", () => {
  const missing: string[] = [];
  for (const [name, definition] of elementCatalogue) {
    for (const [property, rule] of Object.entries(definition.properties)) {
      if (rule.twoWay && !rule.uploadOnly && rule.checkWrite === undefined) {
        missing.push(`${name}.${property}`);
      }
    }
  }
  assert.equal(missing, []);
});

test("numberProblem() takes decimal steps up to rounding, and refuses non-finite numbers", () => {
  const bounds = { min: 0, max: 1, step: 0.1 };
  assert.is(numberProblem(0.3, bounds), undefined);
  assert.is(numberProblem(0.7000000000000001, bounds), undefined);
  assert.is(numberProblem(0.35, bounds), "expects a finite number from 0 to 1 on a step of 0.1");
  assert.is(numberProblem(0.3, { min: 0.1, max: 1, step: 0.1 }), undefined);
  assert.is(numberProblem(2e-7, { min: 0, max: 1, step: 1e-7 }), undefined);
  // Within the rounding of a division, yet no control writes it: only grid points are taken.
  assert.ok(numberProblem(2.950476077520874e-180, { min: 0, max: 50, step: 5 }));
  assert.ok(numberProblem(10 + 1e-12, { min: 0, max: 50, step: 5 }));
  assert.ok(numberProblem(Infinity, { min: undefined, max: undefined, step: undefined }));
  assert.ok(numberProblem(NaN, { min: undefined, max: undefined, step: undefined }));
});

test("sameJson() compares as JSON and walks only as deep as the held value", () => {
  assert.ok(sameJson({ id: "a", tags: ["x"] }, { tags: ["x"], id: "a" }));
  assert.not.ok(sameJson({ id: "a" }, { id: "a", more: 1 }));
  assert.not.ok(sameJson(["a"], "a"));
  assert.ok(sameJson(new Date("2024-01-01T00:00:00Z"), "2024-01-01T00:00:00.000Z"));
  let deep: unknown = 1;
  for (let level = 0; level < 100_000; level++) deep = [deep];
  assert.not.ok(sameJson([[1]], deep), "a value nested 100,000 deep is compared without recursion into it");
});

test("lovProblem() takes a whole long lov chosen at once, and refuses a repeat or a stranger in it", () => {
  const lov = Array.from({ length: 20_000 }, (_, index) => ({ id: `u${index}`, label: `User ${index}` }));
  const choice = { byId: false, multiple: true, nullable: false };
  const all = lov.map((item) => ({ ...item }));
  assert.is(lovProblem(all, lov, choice), undefined);
  assert.is(lovProblem(all.map((item) => item.id), lov, { ...choice, byId: true }), undefined);
  assert.ok(lovProblem([lov[1], lov[1]], lov, choice), "a repeat");
  assert.ok(lovProblem([lov[1], { id: "u1", label: "User 1", admin: true }], lov, choice), "a stranger");
  assert.is(lovProblem([{ label: "User 3", id: "u3" }], lov, choice), undefined, "keys in another order");
});

test.run();
