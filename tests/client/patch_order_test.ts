import { test } from "uvu";
import * as assert from "uvu/assert";
import { classifyPatch } from "../../gui/client/patch_order.ts";

const cases: Array<[lastSeq: number, seq: number, expected: string]> = [
  [0, 1, "apply"],
  [41, 42, "apply"],
  [5, 5, "stale"],
  [5, 2, "stale"],
  [5, 7, "gap"],
  [0, 100, "gap"],
];

for (const [lastSeq, seq, expected] of cases) {
  test(`classifyPatch() says ${expected} for seq ${seq} after ${lastSeq}`, () => {
    assert.is(classifyPatch(lastSeq, seq), expected);
  });
}

test.run();
