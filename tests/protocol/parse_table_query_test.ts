import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseTableQuery, TableQueryError } from "../../gui/protocol/parse_table_query.ts";

test("parseTableQuery() reads a page query with its sort and filters", () => {
  const query = {
    kind: "page",
    start: 100,
    count: 50,
    columns: ["a", "b"],
    sort: [{ column: "a", direction: "desc" }],
    filters: [{ column: "b", op: "contains", value: "x" }, { column: "a", op: ">", value: 3 }],
  };
  assert.equal(parseTableQuery(query), {
    ...query,
    filters: [query.filters[0], { column: "a", op: ">", value: "3" }],
  });
});

test("parseTableQuery() reads edit, add, delete and csv queries", () => {
  assert.equal(parseTableQuery({ kind: "edit", index: 2, col: "a", value: 5, user_value: "5" }), {
    kind: "edit",
    index: 2,
    col: "a",
    value: 5,
    user_value: "5",
  });
  assert.equal(parseTableQuery({ kind: "delete", index: 0 }), { kind: "delete", index: 0 });
  assert.equal(parseTableQuery({ kind: "add", index: 0 }), { kind: "add", index: 0 });
  assert.equal(parseTableQuery({ kind: "csv", columns: [] }), {
    kind: "csv",
    columns: [],
    sort: [],
    filters: [],
  });
});

const refused: [string, unknown][] = [
  ["not an object", "page"],
  ["an unknown kind", { kind: "drop" }],
  ["a negative start", { kind: "page", start: -1, count: 1 }],
  ["too many rows", { kind: "page", start: 0, count: 1e7 }],
  ["a bad direction", { kind: "page", start: 0, count: 1, sort: [{ column: "a", direction: "up" }] }],
  ["an unknown operator", {
    kind: "page",
    start: 0,
    count: 1,
    filters: [{ column: "a", op: "~", value: "" }],
  }],
  ["a column that is no string", { kind: "page", start: 0, count: 1, columns: [1] }],
  ["a fractional index", { kind: "delete", index: 1.5 }],
];

for (const [what, query] of refused) {
  test(`parseTableQuery() refuses ${what}`, () => {
    assert.throws(() => parseTableQuery(query), (error: unknown) => error instanceof TableQueryError);
  });
}

test.run();
