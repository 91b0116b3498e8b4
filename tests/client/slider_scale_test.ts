import { test } from "uvu";
import * as assert from "uvu/assert";
import { readLov } from "../../gui/protocol/lov_entries.ts";
import { sliderMarks, thumbPositions } from "../../gui/client/slider_scale.ts";

const numbers = { min: 0, max: 100, step: 1, entries: [] };
const sizes = { min: 0, max: 2, step: 1, entries: readLov("S;M;L") };

test("thumbPositions() gives one thumb per number of a range", () => {
  assert.equal(thumbPositions(40, numbers), [40]);
  assert.equal(thumbPositions("7", numbers), [7]);
  assert.equal(thumbPositions([20, 80], numbers), [20, 80]);
  assert.equal(thumbPositions(null, numbers), [0]);
});

test("thumbPositions() places lov items by index, a pair item staying one thumb", () => {
  assert.equal(thumbPositions("L", sizes), [2]);
  assert.equal(thumbPositions(["S", "M"], sizes), [0, 1]);
  const pairs = { min: 0, max: 1, step: 1, entries: readLov([["s", "Small"], ["l", "Large"]]) };
  assert.equal(thumbPositions(["l", "Large"], pairs), [1]);
  assert.equal(thumbPositions("unknown", sizes), [0]);
});

test("sliderMarks() puts the lov's labels, or min and max, for labels=true", () => {
  assert.equal(sliderMarks(true, sizes).map((mark) => [mark.fraction, mark.text]), [[0, "S"], [0.5, "M"], [
    1,
    "L",
  ]]);
  assert.equal(sliderMarks("True", numbers).map((mark) => mark.text), ["0", "100"]);
});

test("sliderMarks() reads a dict given as text or object, by value, id or index", () => {
  assert.equal(
    sliderMarks("0:Cold;50:Mild;100:Hot;200:Off", numbers).map((mark) => [mark.fraction, mark.text]),
    [
      [0, "Cold"],
      [0.5, "Mild"],
      [1, "Hot"],
    ],
  );
  assert.equal(sliderMarks({ M: "Medium", 2: "Large" }, sizes).map((mark) => [mark.fraction, mark.text]), [
    [1, "Large"],
    [0.5, "Medium"],
  ]);
  assert.equal(sliderMarks(undefined, numbers), []);
});

test.run();
