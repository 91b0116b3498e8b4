import { test } from "uvu";
import * as assert from "uvu/assert";
import { containerKind, copyContainers, unwrapProxies } from "../../gui/state/container_copy.ts";

const none = (value: object) => value;

test("containerKind() tracks plain objects, arrays, Maps and Sets, and nothing else", () => {
  assert.is(containerKind({}), "fields");
  assert.is(containerKind(Object.create(null)), "fields");
  assert.is(containerKind([]), "fields");
  assert.is(containerKind(new Map()), "collection");
  assert.is(containerKind(new Set()), "collection");
  for (const value of [new Date(), new Uint8Array(2), Object.freeze({}), 1, "a", null, () => 1, new (class {})()]) {
    assert.is(containerKind(value), undefined, String(value));
  }
});

test("copyContainers() copies each container once, keeps cycles and shares what it cannot copy", () => {
  const date = new Date(0);
  const shared = { n: 1 };
  const original: Record<string, unknown> = { a: shared, b: shared, date, map: new Map([["k", { deep: 1 }]]) };
  original.self = original;
  const copies = new Map<object, object>();
  const copy = copyContainers(original, none, copies) as Record<string, unknown>;
  assert.is.not(copy, original);
  assert.is(copy.a, copy.b, "an object reached twice is copied once");
  assert.is.not(copy.a, shared);
  assert.is(copy.self, copy, "a cycle stays a cycle");
  assert.is(copy.date, date, "a date is shared, not copied");
  assert.is.not((copy.map as Map<string, object>).get("k"), original.map instanceof Map && original.map.get("k"));
  assert.is(copies.get(shared), copy.a);
});

test("unwrapProxies() copies only the containers that hold a proxy, keeping prototypes", () => {
  const proxy = { proxied: true };
  const raw = { raw: true };
  const unwrap = (value: object) => (value === proxy ? raw : undefined);
  const untouched = [1, { a: 1 }];
  assert.is(unwrapProxies(untouched, unwrap), untouched);
  const nested = Object.assign(Object.create(null) as Record<string, unknown>, { list: [proxy, 2] });
  const result = unwrapProxies(nested, unwrap) as Record<string, unknown[]>;
  assert.is.not(result, nested);
  assert.is(Object.getPrototypeOf(result), null);
  assert.equal(result.list, [raw, 2]);
  assert.equal(nested.list, [proxy, 2], "the caller's containers are left as they were");
});

test.run();
