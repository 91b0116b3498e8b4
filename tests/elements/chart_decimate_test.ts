import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { lttbDecimate } from "../../gui/elements/chart/lttb_decimate.ts";
import { minMaxDecimate } from "../../gui/elements/chart/min_max_decimate.ts";

const series = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 });
const target = fc.integer({ min: 3, max: 120 });

const increasing = (rows: number[]): boolean =>
  rows.every((row, index) => index === 0 || row > (rows[index - 1] ?? -1));

test("minMaxDecimate() keeps at most target rows, in order, with the first and the last", () => {
  fc.assert(fc.property(series, target, (ys, size) => {
    const rows = minMaxDecimate(ys, { target: size });
    assert.ok(rows.length <= Math.max(size, 4));
    assert.ok(increasing(rows));
    assert.is(rows[0], 0);
    assert.is(rows.at(-1), ys.length - 1);
  }));
});

test("minMaxDecimate() keeps the lowest and the highest value", () => {
  fc.assert(fc.property(series, target, (ys, size) => {
    const kept = minMaxDecimate(ys, { target: size }).map((row) => ys[row] as number);
    assert.ok(kept.includes(Math.min(...ys)));
    assert.ok(kept.includes(Math.max(...ys)));
  }));
});

test("minMaxDecimate() keeps every row of a short series and works on a slice", () => {
  assert.equal(minMaxDecimate([1, 2, 3], { target: 10 }), [0, 1, 2]);
  assert.equal(minMaxDecimate([0, 5, 1, 1, -3, 0], { target: 4 }), [0, 1, 4, 5]);
  const rows = minMaxDecimate(Float64Array.from({ length: 1000 }, (_, row) => row % 7), {
    target: 20,
    start: 100,
    end: 200,
  });
  assert.ok(rows.length <= 20 && rows[0] === 100 && rows.at(-1) === 199);
  assert.equal(minMaxDecimate([], { target: 10 }), []);
});

test("minMaxDecimate() skips values that are not finite numbers", () => {
  const rows = minMaxDecimate([0, NaN, NaN, NaN, NaN, NaN, 1, 0], { target: 4 });
  assert.ok(
    rows.every((row) => row === 0 || row === 7 || Number.isFinite([0, NaN, NaN, NaN, NaN, NaN, 1, 0][row])),
  );
});

test("lttbDecimate() keeps exactly target rows, in order, with the first and the last", () => {
  fc.assert(fc.property(series, target, (ys, size) => {
    const xs = ys.map((_, row) => row * 2);
    const rows = lttbDecimate(xs, ys, { target: size });
    assert.is(rows.length, Math.min(size, ys.length));
    assert.ok(increasing(rows));
    assert.is(rows[0], 0);
    assert.is(rows.at(-1), ys.length - 1);
  }));
});

test("lttbDecimate() picks the point that shapes the line, with or without x values", () => {
  assert.equal(lttbDecimate([0, 1, 2, 3, 4], [0, 9, 0, 0, 0], { target: 3 }), [0, 1, 4]);
  assert.equal(lttbDecimate(undefined, [0, 0, 0, -7, 0], { target: 3 }), [0, 3, 4]);
  const slice = lttbDecimate(undefined, Float64Array.from({ length: 500 }, Math.sin), {
    target: 50,
    start: 100,
    end: 300,
  });
  assert.is(slice.length, 50);
  assert.ok(slice[0] === 100 && slice.at(-1) === 299);
});

test("decimating a million points keeps the target size and the global extremes", () => {
  const ys = Float64Array.from({ length: 1_000_000 }, (_, row) => Math.sin(row / 1000));
  ys[123_456] = 5;
  ys[654_321] = -5;
  const rows = minMaxDecimate(ys, { target: 2000 });
  const lttb = lttbDecimate(undefined, ys, { target: 2000 });
  assert.ok(rows.length <= 2000 && lttb.length === 2000);
  assert.ok(rows.includes(123_456) && rows.includes(654_321), "MinMax keeps both spikes");
});

test.run();
