import { test } from "uvu";
import * as assert from "uvu/assert";
import { isAppendOf } from "../../gui/elements/table/is_append_of.ts";
import { summarizeTable, tableEntry } from "../../gui/elements/table/table_entries.ts";

test("summarizeTable() gives the count and columns with inferred types", () => {
  const summary = summarizeTable([{ a: 1, b: "x", c: "2024-01-31", d: true }, { a: 2.5, b: null }], {});
  assert.is(summary.count, 2);
  assert.equal(summary.columns, [
    { name: "a", type: "number" },
    { name: "b", type: "string" },
    { name: "c", type: "date" },
    { name: "d", type: "boolean" },
  ]);
});

test("summarizeTable() reads an object of columns; its count is the longest column", () => {
  const summary = summarizeTable({ x: [1, 2, 3], y: ["a"] }, {});
  assert.is(summary.count, 3);
  assert.equal(summary.columns.map((column) => column.name), ["x", "y"]);
});

test("summarizeTable() keeps the lineage of data that grew at its end and says what it grew from", () => {
  const element = {};
  const rows = [{ a: 1 }, { a: 2 }];
  const first = summarizeTable(rows, element);
  const grown = summarizeTable([...rows, { a: 3 }], element);
  assert.is(grown.lineage, first.lineage);
  assert.ok(grown.version > first.version);
  assert.equal(grown.previous, { version: first.version, count: 2 });
});

test("summarizeTable() starts a new lineage for replaced data", () => {
  const element = {};
  const first = summarizeTable([{ a: 1 }, { a: 2 }], element);
  const replaced = summarizeTable([{ a: 1 }, { a: 2 }, { a: 3 }], element);
  assert.is.not(replaced.lineage, first.lineage);
  assert.is(replaced.previous, undefined);
});

test("summarizeTable() gives data sent again (changed in place) a new version and lineage", () => {
  const element = {};
  const rows = [{ a: 1 }];
  const first = summarizeTable(rows, element);
  rows.push({ a: 2 });
  const again = summarizeTable(rows, element);
  assert.ok(again.version > first.version);
  assert.is.not(again.lineage, first.lineage);
  assert.is(again.count, 2);
});

test("tableEntry() looks known data up without a new version", () => {
  const rows = [{ a: 1 }];
  const summary = summarizeTable(rows, {});
  assert.is(tableEntry(rows)?.summary, summary);
  assert.is(tableEntry("not a table"), undefined);
});

test("summarizeTable() of something that is not table data is an empty summary", () => {
  assert.equal(summarizeTable(42, {}).count, 0);
  assert.equal(summarizeTable({ a: 1 }, {}).columns, []);
});

test("isAppendOf() checks identity of records and values of columns", () => {
  const rows = [{ a: 1 }, { a: 2 }];
  assert.ok(isAppendOf(rows, [...rows, { a: 3 }]));
  assert.ok(isAppendOf(rows, [...rows]));
  assert.not.ok(isAppendOf(rows, [{ a: 1 }, { a: 2 }, { a: 3 }]));
  assert.not.ok(isAppendOf(rows, rows.slice(1)));
  assert.ok(isAppendOf({ a: [1, 2], b: ["x", "y"] }, { a: [1, 2, 3], b: ["x", "y", "z"] }));
  assert.not.ok(isAppendOf({ a: [1, 2] }, { a: [1, 2, 3], b: [1, 2, 3] }));
  assert.not.ok(isAppendOf({ a: [1, 2] }, [1, 2]));
});

test.run();
