import { test } from "uvu";
import * as assert from "uvu/assert";
import { readLov } from "../../gui/protocol/lov_entries.ts";
import { expandedIds, siblingIds, treeRows } from "../../gui/client/tree_rows.ts";

const entries = readLov([
  ["fruit", "Fruit", [["apple", "Apple"], ["pear", "Pear"]]],
  ["veg", "Vegetables", [["leek", "Leek"], ["roots", "Roots", [["carrot", "Carrot"]]]]],
]);
const ids = (rows: ReturnType<typeof treeRows>) => rows.map((row) => row.entry.id);

test("treeRows() shows the top level, and the children of open nodes", () => {
  assert.equal(ids(treeRows(entries, new Set(), "")), ["fruit", "veg"]);
  const rows = treeRows(entries, new Set(["veg", "roots"]), "");
  assert.equal(ids(rows), ["fruit", "veg", "leek", "roots", "carrot"]);
  assert.equal(rows.map((row) => row.level), [1, 1, 2, 2, 3]);
  assert.equal(rows[3], {
    entry: rows[3]!.entry,
    level: 2,
    parent: "veg",
    open: true,
    position: 2,
    siblings: 2,
  });
});

test("treeRows() with a filter shows matches with their ancestors, opened", () => {
  assert.equal(ids(treeRows(entries, new Set(), "carr")), ["veg", "roots", "carrot"]);
  assert.equal(
    ids(treeRows(entries, new Set(), "FRUIT")),
    ["fruit", "apple", "pear"],
    "a match shows its children",
  );
});

test("siblingIds() lists the other nodes of the same level", () => {
  assert.equal(siblingIds(entries, "fruit"), ["veg"]);
  assert.equal(siblingIds(entries, "roots"), ["leek"]);
  assert.equal(siblingIds(entries, "nope"), []);
});

test("expandedIds() reads a list or ids text, and leaves booleans to the user", () => {
  assert.equal(expandedIds(["a", 2]), ["a", "2"]);
  assert.equal(expandedIds("a; b;"), ["a", "b"]);
  assert.equal([expandedIds(true), expandedIds("False"), expandedIds(undefined)], [
    undefined,
    undefined,
    undefined,
  ]);
});

test.run();
