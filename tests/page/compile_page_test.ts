import { test } from "uvu";
import * as assert from "uvu/assert";
import { TemplateSyntaxError } from "../../gui/errors.ts";
import { compilePage } from "../../gui/page/compile_page.ts";

const options = {
  page: "/",
  variables: new Set(["value", "limit", "name", "point"]),
  functions: new Set(["save"]),
};

test("compilePage() gives each element a descriptor with static props, bindings and writes", () => {
  const page = compilePage("<|{value}|slider|min=0|max={limit}|>\n\n<|Save|button|on_action=save|>", options);
  assert.equal(page.descriptor.elements, [
    { type: "slider", props: { min: 0 }, bindings: { value: "value", max: "limit" }, writes: { value: "value" } },
    { type: "button", props: { label: "Save" }, bindings: {}, writes: {}, action: true },
  ]);
  assert.equal([...page.writable.keys()], ["value"], "only the direct binding of a two-way property is writable");
  assert.equal(page.actions.get(1), { callbackName: "save", elementId: undefined });
  assert.equal(page.dependents.get("limit"), ["limit"]);
  assert.ok(page.html.includes('<tp-slider data-tp="0" class="taipy-slider"></tp-slider>'));
});

test("compilePage() treats a computed binding of a two-way property as read-only", () => {
  const page = compilePage("<|{value * 2}|number|>", options);
  assert.equal(page.descriptor.elements[0]?.writes, {});
  assert.is(page.writable.size, 0);
});

test("compilePage() makes mixed text a template binding", () => {
  const page = compilePage("<|Hello {name}, {value}!|>", options);
  assert.equal(page.descriptor.elements[0]?.bindings, { value: "Hello {name}, {value}!" });
  assert.equal(page.dependents.get("name"), ["Hello {name}, {value}!"]);
});

test("compilePage() renders Markdown around elements", () => {
  const page = compilePage("# Title\n\nReceived Data: <|{value}|>\n", options);
  assert.match(page.html, /<h1>Title<\/h1>/);
  assert.match(page.html, /<p>Received Data: <tp-text data-tp="0" class="taipy-text"><\/tp-text><\/p>/);
});

const errors: [string, string, string, number, number][] = [
  ["unknown property", "<|{value}|slider|mn=0|>", 'Unknown property "mn" of element "slider"', 1, 18],
  ["unknown variable", "text\n\n<|{valeu}|>", 'Unknown variable "valeu"', 3, 4],
  ["malformed expression", "<|{value +}|>", "Malformed expression", 1, 11],
  ["bad number", "<|{value}|slider|min=abc|>", 'Property "min" of element "slider" expects a number', 1, 22],
  ["unknown function", "<|Go|button|on_action=sav|>", 'Unknown function "sav"', 1, 23],
  ["value outside its choices", "<|{value}|text|mode=fancy|>", "must be one of raw, pre, markdown", 1, 21],
  ["binding a fixed property", "<|{value}|slider|continuous={value}|>", "cannot be bound", 1, 29],
];

for (const [what, source, reason, line, column] of errors) {
  test(`compilePage() reports ${what} at its line and column`, () => {
    try {
      compilePage(source, options);
      assert.unreachable("should have thrown");
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      assert.ok(error.message.includes(reason), `"${error.message}" should include "${reason}"`);
      assert.equal([error.page, error.line, error.column], ["/", line, column]);
      assert.ok(error.message.includes("^"), "the message ends with a code frame");
    }
  });
}

test("compilePage() hints at the closest name", () => {
  try {
    compilePage("<|{value}|slider|mx=3|>", options);
    assert.unreachable();
  } catch (error) {
    assert.instance(error, TemplateSyntaxError);
    assert.match((error as TemplateSyntaxError).message, /did you mean "max"\?/);
  }
});

test.run();
