import { test } from "uvu";
import * as assert from "uvu/assert";
import { filterRows } from "../../gui/elements/table/filter_rows.ts";
import { identityOrder } from "../../gui/elements/table/sort_order.ts";
import { readTableSource } from "../../gui/elements/table/table_source.ts";
import type { FilterSpec } from "../../gui/protocol/table_wire.ts";

const source = readTableSource([
  { city: "Paris", pop: 2100, since: "1990-01-01", big: true },
  { city: "Lyon", pop: 520, since: "2001-06-15", big: false },
  { city: "paray", pop: null, since: null, big: null },
  { city: "Nice", pop: 340, since: "2010-03-01", big: false },
])!;
const types = { city: "string", pop: "number", since: "date", big: "boolean" } as const;

const kept = (...filters: FilterSpec[]) => [...filterRows(source, types, identityOrder(4), filters)];

test("filterRows() compares numbers as numbers and skips empty values", () => {
  assert.equal(kept({ column: "pop", op: ">", value: "500" }), [0, 1]);
  assert.equal(kept({ column: "pop", op: "<=", value: "520" }), [1, 3]);
  assert.equal(kept({ column: "pop", op: "==", value: "340" }), [3]);
  assert.equal(kept({ column: "pop", op: "!=", value: "340" }), [0, 1]);
});

test("filterRows() compares dates in a date column", () => {
  assert.equal(kept({ column: "since", op: ">=", value: "2001-06-15" }), [1, 3]);
  assert.equal(kept({ column: "since", op: "<", value: "2000-01-01" }), [0]);
});

test("filterRows() matches text with contains and starts with, ignoring case", () => {
  assert.equal(kept({ column: "city", op: "contains", value: "AR" }), [0, 2]);
  assert.equal(kept({ column: "city", op: "starts with", value: "par" }), [0, 2]);
  assert.equal(kept({ column: "city", op: "==", value: "nice" }), [3]);
});

test("filterRows() reads true and false in a boolean column", () => {
  assert.equal(kept({ column: "big", op: "==", value: "true" }), [0]);
  assert.equal(kept({ column: "big", op: "==", value: "false" }), [1, 3]);
});

test("filterRows() keeps rows that pass every filter, in the given order", () => {
  const order = Uint32Array.of(3, 2, 1, 0);
  const result = filterRows(source, types, order, [
    { column: "pop", op: "<", value: "1000" },
    { column: "city", op: "!=", value: "lyon" },
  ]);
  assert.equal([...result], [3]);
});

test("filterRows() lets nothing through for a column the data lacks", () => {
  assert.equal(kept({ column: "nope", op: "==", value: "1" }), []);
});

test.run();
