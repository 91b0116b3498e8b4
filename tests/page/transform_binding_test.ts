import { test } from "uvu";
import * as assert from "uvu/assert";
import { compilePage } from "../../gui/page/compile_page.ts";

const options = { page: "/", variables: new Set(["notes", "users", "pick"]), functions: new Set(["toLov"]) };
const scope = {
  variables: { notes: "*hi*", users: [{ uid: 1 }] },
  functions: { toLov: (u: unknown) => [(u as { uid: number }).uid, "U"] },
};

test("compilePage() gives a Markdown text its own key, leaving a plain text of the same variable alone", () => {
  const page = compilePage("<|{notes}|text|mode=markdown|>\n\n<|{notes}|>", options);
  const [markdown, plain] = page.descriptor.elements;
  assert.is(plain?.bindings.value, "notes");
  const key = markdown?.bindings.value ?? "";
  assert.is.not(key, "notes");
  assert.is(page.bindings.get(key)?.evaluate(scope), "<p><em>hi</em></p>\n");
  assert.equal([...(page.dependents.get("notes") ?? [])].sort(), [key, "notes"].sort());
  assert.equal(markdown?.writes, {});
});

test("compilePage() renders a static Markdown text once, whatever the order of its properties", () => {
  const page = compilePage("<|text|value=**bold**|mode=markdown|>", options);
  const key = page.descriptor.elements[0]?.bindings.value ?? "";
  assert.is(page.descriptor.elements[0]?.props.value, undefined);
  assert.is(page.bindings.get(key)?.evaluate(scope), "<p><strong>bold</strong></p>\n");
  assert.is(page.bindings.get(key)?.dependencies.size, 0);
});

test("compilePage() runs a selector's lov through its adapter on the server", () => {
  const page = compilePage("<|{pick}|selector|lov={users}|adapter=toLov|>", options);
  const selector = page.descriptor.elements[0];
  const key = selector?.bindings.lov ?? "";
  assert.equal(page.bindings.get(key)?.evaluate(scope), {
    adapted: [{ id: "1", label: "U", item: { uid: 1 } }],
  });
  assert.equal(selector?.writes, { value: "pick" });
});

test.run();
