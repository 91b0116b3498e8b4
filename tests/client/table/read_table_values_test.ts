import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  readCsvAnswer,
  readPageAnswer,
  readTableSummary,
} from "../../../gui/client/table/read_table_values.ts";

test("readTableSummary() reads a summary and refuses anything else", () => {
  const summary = {
    kind: "table",
    version: 3,
    lineage: 1,
    count: 2,
    columns: [{ name: "a", type: "number" }, { name: "b", type: "weird" }, { nope: 1 }],
    previous: { version: 2, count: 1 },
  };
  assert.equal(readTableSummary(summary), {
    ...summary,
    columns: [{ name: "a", type: "number" }, { name: "b", type: "any" }],
  });
  assert.is(readTableSummary([{ a: 1 }]), undefined);
  assert.is(readTableSummary({ kind: "table", version: -1, lineage: 1, count: 0, columns: [] }), undefined);
});

test("readPageAnswer() keeps well-formed rows and their string class names and tooltips", () => {
  const answer = readPageAnswer({
    rows: [{ index: 4, values: [1], className: "x", tooltips: { a: "tip", b: 3 } }, {
      index: "bad",
      values: [],
    }],
    total: 9,
    version: 2,
  });
  assert.equal(answer, {
    rows: [{ index: 4, values: [1], className: "x", tooltips: { a: "tip" } }],
    total: 9,
    version: 2,
  });
  assert.is(readPageAnswer({ rows: [] }), undefined);
});

test("readCsvAnswer() accepts only this server's CSV path", () => {
  assert.equal(readCsvAnswer({ url: "/_tapir/table-csv/abc", filename: "t.csv" }), {
    url: "/_tapir/table-csv/abc",
    filename: "t.csv",
  });
  assert.is(readCsvAnswer({ url: "https://elsewhere.example/x", filename: "t.csv" }), undefined);
});

test.run();
