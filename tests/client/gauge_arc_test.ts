import { test } from "uvu";
import * as assert from "uvu/assert";
import { gaugeArc, gaugePoint } from "../../gui/client/gauge_arc.ts";

test("gaugePoint() goes from the left end over the top to the right end", () => {
  assert.equal(gaugePoint(0), { x: 20, y: 100 });
  assert.equal(gaugePoint(0.5), { x: 100, y: 20 });
  assert.equal(gaugePoint(1), { x: 180, y: 100 });
});

test("gaugeArc() draws the arc between two fractions", () => {
  assert.is(gaugeArc(0, 1), "M 20 100 A 80 80 0 0 1 180 100");
  assert.is(gaugeArc(0, 0.5), "M 20 100 A 80 80 0 0 1 100 20");
});

test("gaugeArc() is empty when the arc has no length", () => {
  assert.is(gaugeArc(0, 0), "");
  assert.is(gaugeArc(0.6, 0.2), "");
  assert.is(gaugeArc(0, Number.NaN), "");
});

test.run();
