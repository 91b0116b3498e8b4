import { test } from "uvu";
import * as assert from "uvu/assert";
import { readPageDescriptor } from "../../gui/client/read_page_descriptor.ts";

test("readPageDescriptor() reads elements and fills missing maps", () => {
  const page = readPageDescriptor(
    '{"page":"/","elements":[{"type":"text","props":{"format":"%d"},"bindings":{"value":"x"},"writes":{}},' +
      '{"type":"button","action":true}]}',
  );
  assert.equal(page, {
    page: "/",
    elements: [
      { type: "text", props: { format: "%d" }, bindings: { value: "x" }, writes: {} },
      { type: "button", props: {}, bindings: {}, writes: {}, action: true },
    ],
  });
});

test("readPageDescriptor() drops binding keys that are not strings", () => {
  const page = readPageDescriptor('{"page":"/","elements":[{"type":"text","bindings":{"value":3,"class_name":"c"}}]}');
  assert.equal(page.elements[0]?.bindings, { class_name: "c" });
});

test("readPageDescriptor() throws on a descriptor without page or elements, or an element without type", () => {
  assert.throws(() => readPageDescriptor('{"elements":[]}'), /malformed/);
  assert.throws(() => readPageDescriptor('{"page":"/","elements":[{}]}'), /element 0 has no type/);
});

test.run();
