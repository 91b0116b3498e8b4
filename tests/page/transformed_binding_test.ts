import { test } from "uvu";
import * as assert from "uvu/assert";
import { compilePage } from "../../gui/page/compile_page.ts";
import { transformedBinding } from "../../gui/page/transformed_binding.ts";
import { parsePropertyValue } from "../../gui/expressions/mod.ts";
import type { Binding } from "../../gui/expressions/mod.ts";

const options = { page: "/", variables: new Set(["photo", "name"]), functions: new Set<string>() };
const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
const scope = (variables: Record<string, unknown>) => ({ variables, functions: {} });

function bindingOf(source: string): Binding {
  const parsed = parsePropertyValue(source, new Set());
  if (parsed.kind !== "binding") throw new Error("expected a binding");
  return parsed.binding;
}

test("transformedBinding() converts the value and gets a key of its own", () => {
  const shown = transformedBinding(bindingOf("{name}"), "text.value", (value) => String(value).toUpperCase());
  assert.is(shown.key, "@text.value:name");
  assert.is(shown.kind, "computed");
  assert.equal([...shown.dependencies], ["name"]);
  assert.is(shown.evaluate(scope({ name: "ada" })), "ADA");
});

test("compilePage() sends an image's bytes as a data URL under a key of the image's own", () => {
  const page = compilePage("<|{photo}|image|>\n\n<|{photo}|>", options);
  const [image, text] = page.descriptor.elements;
  assert.equal(image?.bindings, { content: "@image.content:photo" });
  assert.equal(text?.bindings, { value: "photo" }, "another element showing the variable is unaffected");
  assert.equal(page.dependents.get("photo"), ["@image.content:photo", "photo"]);
  const value = page.bindings.get("@image.content:photo")?.evaluate(scope({ photo: gif }));
  assert.is(value, "data:image/gif;base64,R0lGODlh");
  assert.is(page.bindings.get("photo")?.evaluate(scope({ photo: gif })), gif);
});

test("compilePage() transforms static values too and leaves URLs as they are", () => {
  const page = compilePage("<|/images/logo.png|image|label=Logo|>", options);
  assert.equal(page.descriptor.elements[0]?.props, { content: "/images/logo.png", label: "Logo" });
});

test("compilePage() never makes a transformed binding writable", () => {
  const page = compilePage("<|{photo}|image|>", options);
  assert.is(page.writable.size, 0);
});

test.run();
