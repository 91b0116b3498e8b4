import { test } from "uvu";
import * as assert from "uvu/assert";
import { rowOrder } from "../../gui/elements/table/row_order.ts";
import { summarizeTable, tableEntry } from "../../gui/elements/table/table_entries.ts";
import { tablePage } from "../../gui/elements/table/table_page.ts";
import type { PageQuery } from "../../gui/protocol/table_wire.ts";

const query = (changes: Partial<PageQuery>): PageQuery => ({
  kind: "page",
  start: 0,
  count: 2,
  columns: ["n", "s"],
  sort: [],
  filters: [],
  ...changes,
});

const rows = [{ n: 3, s: "c" }, { n: 1, s: "a" }, { n: 2, s: "b" }, { n: 5, s: "e" }, { n: 4, s: "d" }];

test("tablePage() gives the rows of the page with their data index and the asked columns", () => {
  const entry = tableEntry(rows)!;
  assert.equal(tablePage(entry, query({ start: 1 })), {
    rows: [{ index: 1, values: [1, "a"] }, { index: 2, values: [2, "b"] }],
    total: 5,
    version: entry.summary.version,
  });
});

test("tablePage() pages through sorted rows", () => {
  const entry = tableEntry(rows)!;
  const sort = [{ column: "n", direction: "desc" as const }];
  assert.equal(tablePage(entry, query({ sort })).rows.map((row) => row.index), [3, 4]);
  assert.equal(tablePage(entry, query({ sort, start: 4 })).rows.map((row) => row.index), [1]);
});

test("tablePage() counts the total after filtering", () => {
  const entry = tableEntry(rows)!;
  const page = tablePage(entry, query({ filters: [{ column: "n", op: ">", value: "2" }], count: 10 }));
  assert.is(page.total, 3);
  assert.equal(page.rows.map((row) => row.values[0]), [3, 5, 4]);
});

test("tablePage() sends null for missing columns and values, and bigints as text", () => {
  const entry = tableEntry([{ n: 10n }, {}])!;
  assert.equal(tablePage(entry, query({ columns: ["n", "zz"] })).rows.map((row) => row.values), [
    ["10", null],
    [null, null],
  ]);
});

test("rowOrder() caches the order per data value and selection", () => {
  const data = rows.map((row) => ({ ...row }));
  const entry = tableEntry(data)!;
  const selection = { sort: [{ column: "n", direction: "asc" as const }], filters: [] };
  const first = rowOrder(entry, selection);
  assert.is(rowOrder(entry, { ...selection }), first);
  assert.is(rowOrder(entry, { sort: [], filters: [] }), undefined);
  // Sent again after an in-place change: a new entry, so nothing stale is reused.
  summarizeTable(data, {});
  assert.is.not(rowOrder(tableEntry(data)!, selection), first);
});

test("tablePage() sorts and pages a million rows correctly", () => {
  const count = 1_000_000;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const data = {
    value: Array.from({ length: count }, () => Math.floor(random() * 1000)),
    id: [...Array(count).keys()],
  };
  const entry = tableEntry(data)!;
  const sort = [{ column: "value", direction: "asc" as const }];
  const middle = tablePage(entry, {
    ...query({ sort, start: 500_000, count: 100 }),
    columns: ["value", "id"],
  });
  const expected = data.id.slice().sort((a, b) => data.value[a]! - data.value[b]! || a - b).slice(
    500_000,
    500_100,
  );
  assert.equal(middle.rows.map((row) => row.index), expected);
  assert.is(middle.total, count);
});

test.run();
