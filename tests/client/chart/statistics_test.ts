import { test } from "uvu";
import * as assert from "uvu/assert";
import { boxStats, histogramBins, quantile } from "../../../gui/client/chart/statistics.ts";

test("histogramBins() counts values into equal bins, the last edge in the last bin", () => {
  assert.equal(histogramBins([1, 2, 2, 3], 2), { edges: [1, 2, 3], counts: [1, 3] });
  assert.equal(histogramBins([], 3), { edges: [], counts: [] });
  assert.equal(histogramBins([5, 5], 1).counts, [2]);
  assert.is(
    histogramBins(Array.from({ length: 100 }, (_, index) => index)).counts.length,
    8,
    "Sturges' rule",
  );
  assert.equal(histogramBins([1, "x", null, 2], 1).counts, [2], "only numbers count");
});

test("boxStats() gives quartiles, whiskers within 1.5 IQR, and outliers", () => {
  assert.equal(boxStats([1, 2, 3, 4, 100]), { box: [1, 2, 3, 4, 4], outliers: [100] });
  assert.equal(boxStats([7]), { box: [7, 7, 7, 7, 7], outliers: [] });
  assert.is(boxStats(["a"]), undefined);
  assert.is(quantile([0, 10], 0.25), 2.5);
});

test("the statistics handle a million values without spreading them into arguments", () => {
  const values = Array.from({ length: 1_000_000 }, (_, index) => index % 1000);
  assert.is(histogramBins(values, 10).counts.reduce((sum, count) => sum + count, 0), 1_000_000);
});

test.run();
