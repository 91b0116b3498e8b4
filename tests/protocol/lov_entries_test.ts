import { test } from "uvu";
import * as assert from "uvu/assert";
import { readLov, selectedIds, selectionValue } from "../../gui/protocol/lov_entries.ts";

test("readLov() reads a semicolon list and an array of values", () => {
  assert.equal(readLov("A;B"), [
    { id: "A", label: "A", value: "A", children: [] },
    { id: "B", label: "B", value: "B", children: [] },
  ]);
  assert.equal(readLov([1]), [{ id: "1", label: "1", value: 1, children: [] }]);
});

test("readLov() reads pairs, objects and nested children", () => {
  const [pair, object] = readLov([["fr", "French", ["paris"]], { id: "de", label: "German", pop: 83 }]);
  assert.equal(pair, {
    id: "fr",
    label: "French",
    value: ["fr", "French", ["paris"]],
    children: [{ id: "paris", label: "paris", value: "paris", children: [] }],
  });
  assert.equal(object?.value, { id: "de", label: "German", pop: 83 });
});

test("readLov() reads what the server's adapter made, keeping the original item", () => {
  const lov = {
    adapted: [{ id: "7", label: "Ada", item: { uid: 7 }, children: [{ id: "8", label: "Bo", item: 8 }] }],
  };
  const [entry] = readLov(lov);
  assert.equal(entry?.value, { uid: 7 });
  assert.equal(entry?.children[0]?.value, 8);
});

test("readLov() gives nothing for values that are no lov", () => {
  assert.equal([readLov(undefined), readLov(3), readLov({})], [[], [], []]);
});

test("selectedIds() matches values by id, by equal item, and as pairs", () => {
  const entries = readLov([["fr", "French"], ["de", "German"], { id: "it", label: "Italian" }]);
  assert.equal([...selectedIds("fr", entries, false)], ["fr"]);
  assert.equal([...selectedIds(["de", "German"], entries, false)], ["de"]);
  assert.equal([...selectedIds({ id: "it", label: "Italian" }, entries, false)], ["it"]);
  assert.equal([...selectedIds(["fr", { id: "it" }], entries, true)], ["fr", "it"]);
  assert.equal([...selectedIds(null, entries, true)], []);
});

test("selectionValue() writes items or ids in the lov's order", () => {
  const entries = readLov([["a", "A"], ["b", "B"], ["c", "C"]]);
  assert.equal(selectionValue(entries, ["c", "a"], { byId: false, multiple: true }), [["a", "A"], [
    "c",
    "C",
  ]]);
  assert.equal(selectionValue(entries, ["b"], { byId: true, multiple: false }), "b");
  assert.equal(selectionValue(entries, [], { byId: true, multiple: false }), null);
});

test.run();
