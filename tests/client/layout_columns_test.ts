import { test } from "uvu";
import * as assert from "uvu/assert";
import { layoutColumns } from "../../gui/client/layout_columns.ts";

const cases: [string, string][] = [
  ["1 1", "1fr 1fr"],
  ["1 2 2", "1fr 2fr 2fr"],
  ["5*1", "1fr 1fr 1fr 1fr 1fr"],
  ["2*1 3", "1fr 1fr 3fr"],
  ["1fr auto", "1fr auto"],
  ["200px 1", "200px 1fr"],
  ["0.5 1", "0.5fr 1fr"],
  ["  1   2 ", "1fr 2fr"],
];

for (const [columns, expected] of cases) {
  test(`layoutColumns() reads "${columns}" as "${expected}"`, () => {
    assert.is(layoutColumns(columns), expected);
  });
}

test("layoutColumns() falls back when columns are empty", () => {
  assert.is(layoutColumns(""), "1fr 1fr");
  assert.is(layoutColumns("  ", "1fr"), "1fr");
});

test("layoutColumns() caps a repeat count so that a typo cannot build a huge grid", () => {
  assert.is(layoutColumns("100000*1").split(" ").length, 100);
});

test.run();
