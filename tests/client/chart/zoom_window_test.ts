import { test } from "uvu";
import * as assert from "uvu/assert";
import { windowRange, zoomByKey } from "../../../gui/client/chart/zoom_window.ts";

test("zoomByKey() zooms around the centre, pans, resets, and ignores other keys", () => {
  assert.equal(zoomByKey("+", [0, 100]), [12.5, 87.5]);
  assert.equal(zoomByKey("-", [0, 100]), [0, 100]);
  assert.equal(zoomByKey("ArrowRight", [0, 50]), [5, 55]);
  assert.equal(zoomByKey("ArrowLeft", [2, 52]), [0, 50], "panning stops at the edge");
  assert.equal(zoomByKey("0", [10, 20]), [0, 100]);
  assert.is(zoomByKey("a", [0, 100]), undefined);
});

test("windowRange() turns percents into x values", () => {
  assert.equal(windowRange([25, 75], 0, 200), [50, 150]);
  assert.equal(windowRange([0, 100], -1, 1), [-1, 1]);
});

test.run();
