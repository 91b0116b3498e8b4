import { test } from "uvu";
import * as assert from "uvu/assert";
import { sortOrder } from "../../gui/elements/table/sort_order.ts";
import { readTableSource } from "../../gui/elements/table/table_source.ts";

const people = readTableSource([
  { name: "bob", age: 30, born: "1994-05-01", ok: true },
  { name: "Alice", age: null, born: "1990-01-01", ok: false },
  { name: "carol", age: 25, born: "2000-12-31", ok: null },
  { name: "alice", age: 30, born: null, ok: true },
])!;
const types = { name: "string", age: "number", born: "date", ok: "boolean" } as const;

const order = (
  column: string,
  direction: "asc" | "desc",
) => [...sortOrder(people, types, [{ column, direction }])];

test("sortOrder() with no sort keeps the data's order", () => {
  assert.equal([...sortOrder(people, types, [])], [0, 1, 2, 3]);
});

test("sortOrder() sorts numbers ascending with empty values last and ties in data order", () => {
  assert.equal(order("age", "asc"), [2, 0, 3, 1]);
});

test("sortOrder() sorts numbers descending and still puts empty values last", () => {
  assert.equal(order("age", "desc"), [0, 3, 2, 1]);
});

test("sortOrder() sorts text without regard to case", () => {
  assert.equal(order("name", "asc"), [1, 3, 0, 2]);
  assert.equal(order("name", "desc"), [2, 0, 1, 3]);
});

test("sortOrder() sorts ISO dates by time and booleans false before true", () => {
  assert.equal(order("born", "asc"), [1, 0, 2, 3]);
  assert.equal(order("ok", "asc"), [1, 0, 3, 2]);
});

test("sortOrder() breaks ties with the next sort column", () => {
  const sorted = sortOrder(people, types, [
    { column: "age", direction: "desc" },
    { column: "name", direction: "asc" },
  ]);
  assert.equal([...sorted], [3, 0, 2, 1]);
});

test("sortOrder() sorts an object of columns and ignores unknown columns", () => {
  const columns = readTableSource({ x: [3, 1, 2], y: ["c", "a", "b"] })!;
  assert.equal([...sortOrder(columns, { x: "number" }, [{ column: "x", direction: "asc" }])], [1, 2, 0]);
  assert.equal([...sortOrder(columns, {}, [{ column: "nope", direction: "asc" }])], [0, 1, 2]);
});

test("sortOrder() sorts Date objects", () => {
  const dates = readTableSource([{ d: new Date("2020-01-02") }, { d: new Date("2019-01-01") }])!;
  assert.equal([...sortOrder(dates, { d: "date" }, [{ column: "d", direction: "asc" }])], [1, 0]);
});

test.run();
