import { test } from "uvu";
import * as assert from "uvu/assert";
import { splitTemplate, type TemplatePart } from "../../gui/expressions/split_template.ts";

const CASES: [string, TemplatePart[]][] = [
  ["plain", [{ kind: "text", text: "plain" }]],
  ["", []],
  ["Hi {name}!", [
    { kind: "text", text: "Hi " },
    { kind: "expression", text: "name", open: 3 },
    { kind: "text", text: "!" },
  ]],
  ["{a}{ b }", [{ kind: "expression", text: "a", open: 0 }, { kind: "expression", text: " b ", open: 3 }]],
  ["\\{a\\} }", [{ kind: "text", text: "{a} }" }]],
  ['{s == "}"}', [{ kind: "expression", text: 's == "}"', open: 0 }]],
  ["{s == '\\'}'}", [{ kind: "expression", text: "s == '\\'}'", open: 0 }]],
];

for (const [raw, parts] of CASES) {
  test(`splitTemplate() cuts ${JSON.stringify(raw)}`, () => {
    assert.equal(splitTemplate(raw), parts);
  });
}

test.run();
