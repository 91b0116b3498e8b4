import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ElementView } from "../../gui/elements/element_definition.ts";
import { summarizeData } from "../../gui/elements/table/data_summary.ts";
import { answerTableRequest } from "../../gui/elements/table/table_request.ts";
import type { CsvAnswer, PageAnswer } from "../../gui/protocol/table_wire.ts";

type Calls = { name: string; args: readonly unknown[] }[];

/** A table's view as the session gives it: `data` goes through the table's transform, like a bound value. */
function viewOf(
  data: unknown,
  props: Record<string, unknown>,
  results: Record<string, (...args: unknown[]) => unknown> = {},
) {
  const calls: Calls = [];
  const view: ElementView = {
    value: (name) => (name === "data" ? summarizeData(data, props) : props[name]),
    call: (name, args) => {
      calls.push({ name, args });
      return Promise.resolve(results[name]?.(...args));
    },
  };
  return { view, calls };
}

/** The message a promise rejects with ("" when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const rows = Array.from({ length: 1000 }, (_, index) => ({ n: index, even: index % 2 === 0 }));
const page = (start: number, count: number) => ({
  kind: "page",
  start,
  count,
  columns: ["n"],
  sort: [],
  filters: [],
});

test("a page request answers the rows of the data behind the summary", async () => {
  const { view } = viewOf(rows, {});
  summarizeData(rows, {});
  const answer = await answerTableRequest(page(10, 2), view) as PageAnswer;
  assert.equal(answer.rows, [{ index: 10, values: [10] }, { index: 11, values: [11] }]);
  assert.is(answer.total, 1000);
});

test("row and cell class names and tooltips are computed for the page's rows only", async () => {
  const props = { row_class_name: "rowClass", "cell_class_name[n]": "cellClass", tooltip: "tip" };
  const { view, calls } = viewOf(rows, props, {
    rowClass: (index, row) => ((row as { even: boolean }).even ? "even" : `odd-${String(index)}`),
    cellClass: (value) => (value === 21 ? "special" : ""),
    tip: (value, _index, _row, column) => `${String(column)}=${String(value)}`,
  });
  const answer = await answerTableRequest(page(20, 3), view) as PageAnswer;
  assert.is(calls.filter((call) => call.name === "rowClass").length, 3);
  assert.is(calls.filter((call) => call.name === "cellClass").length, 3);
  assert.equal(answer.rows[0], { index: 20, values: [20], className: "even", tooltips: { n: "n=20" } });
  assert.equal(answer.rows[1], {
    index: 21,
    values: [21],
    className: "odd-21",
    cellClassNames: { n: "special" },
    tooltips: { n: "n=21" },
  });
});

test("an edit runs on_edit with the element's id and Taipy's payload", async () => {
  const { view, calls } = viewOf(rows, { id: "t", editable: true, on_edit: "edited" });
  await answerTableRequest({ kind: "edit", index: 3, col: "n", value: 7, user_value: "7" }, view);
  assert.equal(calls, [{ name: "edited", args: ["t", { index: 3, col: "n", value: 7, user_value: "7" }] }]);
});

test("editable[col] overrides editable, and a table that is not editable refuses edits", async () => {
  const { view, calls } = viewOf(rows, { editable: true, "editable[n]": false, on_edit: "edited" });
  assert.match(
    await rejection(answerTableRequest({ kind: "edit", index: 0, col: "n", value: 1 }, view)),
    /not editable/,
  );
  const readOnly = viewOf(rows, { on_delete: "deleted" });
  assert.match(
    await rejection(answerTableRequest({ kind: "delete", index: 0 }, readOnly.view)),
    /not editable/,
  );
  assert.equal(calls, []);
});

test("an edit the cell editor cannot send never reaches on_edit", async () => {
  const data = [{ n: 1, ok: true, day: "2024-01-31", name: "a" }, {
    n: 2,
    ok: false,
    day: "2024-02-01",
    name: "b",
  }];
  const { view, calls } = viewOf(data, { editable: true, on_edit: "edited" });
  const refused: [index: number, col: string, value: unknown, reason: RegExp][] = [
    [0, "n", "cheap", /column "n" holds numbers: expects a finite number; got "cheap"/],
    [0, "n", null, /holds numbers/],
    [0, "n", [[1]], /holds numbers/],
    [0, "ok", "yes", /holds booleans/],
    [0, "day", "soon", /holds dates/],
    [0, "name", { text: "a" }, /holds text/],
    [0, "name", "x".repeat(100_001), /holds text/],
    [2, "n", 3, /row 2 does not exist \(the table has 2 rows\)/],
    [0, "missing", 3, /no column "missing"/],
  ];
  for (const [index, col, value, reason] of refused) {
    const edit = { kind: "edit", index, col, value, user_value: "typed" };
    assert.match(
      await rejection(answerTableRequest(edit, view)),
      reason,
      `${col} = ${JSON.stringify(value).slice(0, 40)}`,
    );
  }
  assert.equal(calls, []);
  for (const [col, value] of [["n", 7.5], ["ok", false], ["day", "2024-03-01"], ["name", "z"]] as const) {
    await answerTableRequest({ kind: "edit", index: 1, col, value, user_value: String(value) }, view);
  }
  assert.is(calls.length, 4, "edits of the column's type run on_edit");
});

test("add and delete run on_add and on_delete with the row index", async () => {
  const { view, calls } = viewOf(rows, { editable: true, on_add: "added", on_delete: "deleted" });
  await answerTableRequest({ kind: "add", index: 0 }, view);
  await answerTableRequest({ kind: "delete", index: 4 }, view);
  assert.equal(calls.map((call) => [call.name, call.args[1]]), [["added", { index: 0 }], ["deleted", {
    index: 4,
  }]]);
});

test("a CSV request answers a one-time URL only for a downloadable table", async () => {
  assert.match(
    await rejection(answerTableRequest({ kind: "csv", columns: [] }, viewOf(rows, {}).view)),
    /not downloadable/,
  );
  const answer = await answerTableRequest(
    { kind: "csv", columns: ["n"] },
    viewOf(rows, { downloadable: true, id: "t" }).view,
  );
  assert.match((answer as CsvAnswer).url, /^\/_tapir\/table-csv\/[0-9a-f]{48}$/);
  assert.is((answer as CsvAnswer).filename, "t.csv");
});

test("a malformed query is refused", async () => {
  assert.match(
    await rejection(answerTableRequest({ kind: "page", start: -5 }, viewOf(rows, {}).view)),
    /must be an integer/,
  );
});

test.run();
