import { test } from "uvu";
import * as assert from "uvu/assert";
import { scaleFraction } from "../../gui/client/scale_fraction.ts";

test("scaleFraction() places a value between min and max", () => {
  assert.is(scaleFraction(25, 0, 100), 0.25);
  assert.is(scaleFraction(0, -10, 10), 0.5);
});

test("scaleFraction() runs backwards when min is greater than max", () => {
  assert.is(scaleFraction(25, 100, 0), 0.75);
  assert.is(scaleFraction(100, 100, 0), 0);
});

test("scaleFraction() clamps values outside the range", () => {
  assert.is(scaleFraction(150, 0, 100), 1);
  assert.is(scaleFraction(-5, 0, 100), 0);
  assert.is(scaleFraction(-5, 100, 0), 1);
});

test("scaleFraction() gives 0 for an empty range", () => {
  assert.is(scaleFraction(5, 5, 5), 0);
});

test.run();
