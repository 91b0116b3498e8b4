import { test } from "uvu";
import * as assert from "uvu/assert";
import { nextSelection, readSelection } from "../../../gui/client/table/row_selection.ts";
import { displayColumns, rowColumns } from "../../../gui/client/table/table_columns.ts";
import { pageSizeOptions } from "../../../gui/client/table/render_pager.ts";
import { nextSort } from "../../../gui/client/table/render_header.ts";
import { editQuery } from "../../../gui/client/table/table_requests.ts";
import type { ColumnInfo } from "../../../gui/protocol/table_wire.ts";

const data: ColumnInfo[] = [{ name: "a", type: "number" }, { name: "b", type: "string" }, {
  name: "c",
  type: "date",
}];

test("displayColumns() shows every column, or those columns names in any of Taipy's forms", () => {
  assert.equal(displayColumns(undefined, data).map((column) => column.name), ["a", "b", "c"]);
  assert.equal(displayColumns("c; a", data).map((column) => column.name), ["c", "a"]);
  assert.equal(displayColumns(["b"], data), [{ name: "b", title: "b", type: "string" }]);
  assert.equal(displayColumns({ a: { title: "Alpha", format: "%.1f" }, c: { index: 0 } }, data), [
    { name: "c", title: "c", type: "date" },
    { name: "a", title: "Alpha", type: "number", format: "%.1f" },
  ]);
});

test("rowColumns() reads per-column properties over table-wide ones", () => {
  const props: Record<string, unknown> = {
    "format[a]": "%.3f",
    "width[b]": 120,
    "editable[b]": false,
    nan_value: "-",
  };
  const [a, b] = rowColumns(displayColumns("a;b", data), (name) => props[name], true);
  assert.equal(a, {
    name: "a",
    title: "a",
    type: "number",
    editable: true,
    numberFormat: "",
    nanValue: "-",
    format: "%.3f",
  });
  assert.is(b?.editable, false);
  assert.is(b?.width, "120px");
});

test("nextSort() cycles a column through ascending, descending and unsorted", () => {
  assert.equal(nextSort([], "a"), [{ column: "a", direction: "asc" }]);
  assert.equal(nextSort([{ column: "a", direction: "asc" }], "a"), [{ column: "a", direction: "desc" }]);
  assert.equal(nextSort([{ column: "a", direction: "desc" }], "a"), []);
  assert.equal(nextSort([{ column: "a", direction: "desc" }], "b"), [{ column: "b", direction: "asc" }]);
});

test("nextSelection() selects one row, or toggles one with Ctrl", () => {
  assert.equal(nextSelection([1, 2], 5, false), [5]);
  assert.equal(nextSelection([1, 2], 5, true), [1, 2, 5]);
  assert.equal(nextSelection([1, 2], 2, true), [1]);
  assert.equal(readSelection("nope"), []);
});

test("pageSizeOptions() reads Taipy's forms and includes the page size and All", () => {
  assert.equal(pageSizeOptions("10;20", 15, true), [10, 15, 20, "all"]);
  assert.equal(pageSizeOptions(undefined, 100, false), [50, 100, 500]);
  assert.equal(pageSizeOptions([5, "x"], 5, false), [5]);
});

test("editQuery() sends numbers to number columns and keeps the typed text", () => {
  assert.equal(editQuery(1, "a", "number", "2.5"), {
    kind: "edit",
    index: 1,
    col: "a",
    value: 2.5,
    user_value: "2.5",
  });
  assert.equal(editQuery(1, "a", "number", "abc").value, "abc");
  assert.equal(editQuery(1, "ok", "boolean", "True").value, true);
});

test.run();
