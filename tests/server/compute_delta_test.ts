import { test } from "uvu";
import * as assert from "uvu/assert";
import { computeDelta } from "../../gui/server/compute_delta.ts";
import { applyDelta } from "../../gui/protocol/value_delta.ts";

const series = Array.from({ length: 100 }, (_, index) => ({ t: index, v: index * 2 }));

test("computeDelta() sends only the appended points of a grown series", () => {
  const next = [...series, { t: 100, v: 200 }];
  assert.equal(computeDelta(series, next), { drop: 0, append: [{ t: 100, v: 200 }] });
});

test("computeDelta() describes a sliding window as a drop and an append", () => {
  const next = [...series.slice(3), { t: 100, v: 0 }];
  const delta = computeDelta(series, next);
  assert.equal(delta, { drop: 3, append: [{ t: 100, v: 0 }] });
  assert.equal(applyDelta(series, delta ?? { drop: 0, append: [] }), next);
});

test("computeDelta() sends the whole value when an old item was replaced or the order changed", () => {
  const edited = series.map((point, index) => index === 50 ? { ...point } : point);
  assert.is(computeDelta(series, [...edited, { t: 1, v: 1 }]), undefined);
  assert.is(computeDelta(series, [...series].reverse()), undefined);
  assert.is(computeDelta(series, []), undefined);
  assert.is(computeDelta(series.slice(0, 5), [...series.slice(0, 5), 1]), undefined, "short arrays go whole");
});

test("computeDelta() handles an object of columns field by field", () => {
  const xs = series.map((point) => point.t);
  const ys = series.map((point) => point.v);
  const previous = { x: xs, y: ys, title: "a" };
  const next = { x: [...xs, 100], y: [...ys, 7], title: "b" };
  const delta = computeDelta(previous, next);
  assert.equal(delta, { fields: { x: { drop: 0, append: [100] }, y: { drop: 0, append: [7] }, title: { set: "b" } } });
  assert.equal(applyDelta(previous, delta ?? { fields: {} }), next);
});

test("applyDelta() leaves the previous value untouched", () => {
  const previous = [1, 2, 3];
  const next = applyDelta(previous, { drop: 1, append: [4] });
  assert.equal(next, [2, 3, 4]);
  assert.equal(previous, [1, 2, 3]);
});

test.run();
