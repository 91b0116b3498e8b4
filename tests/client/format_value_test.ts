import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatValue } from "../../gui/client/format_value.ts";

const cases: Array<[value: unknown, format: string | undefined, expected: string]> = [
  [3.14159, "%.2f", "3.14"],
  [42.7, "%d", "42"],
  [3.14159, "%05.1f", "003.1"],
  ["2.5", "%.3f", "2.500"],
  ["abc", "%d", "abc"],
  [7, undefined, "7"],
  [7, "", "7"],
  [null, "%.2f", ""],
  [undefined, undefined, ""],
  ["<b>x</b>", "%s", "<b>x</b>"],
  [12, "%(", "12"],
];

for (const [value, format, expected] of cases) {
  test(`formatValue() shows ${JSON.stringify(value)} with ${JSON.stringify(format)} as ${JSON.stringify(expected)}`, () => {
    assert.is(formatValue(value, format), expected);
  });
}

test.run();
