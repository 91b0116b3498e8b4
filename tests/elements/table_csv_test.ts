import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  csvDownloadResponse,
  offerCsvDownload,
  takeCsvDownload,
} from "../../gui/elements/table/csv_downloads.ts";
import { csvField, tableCsv } from "../../gui/elements/table/table_csv.ts";
import { tableEntry } from "../../gui/elements/table/table_entries.ts";

test("csvField() quotes commas, quotes, line breaks and edge spaces only", () => {
  assert.is(csvField("plain"), "plain");
  assert.is(csvField("a,b"), '"a,b"');
  assert.is(csvField('say "hi"'), '"say ""hi"""');
  assert.is(csvField("two\nlines"), '"two\nlines"');
  assert.is(csvField(" padded"), '" padded"');
  assert.is(csvField(null), "");
  assert.is(csvField(Number.NaN), "");
  assert.is(csvField(new Date("2024-01-31T00:00:00Z")), "2024-01-31T00:00:00.000Z");
});

test("tableCsv() writes the asked columns of the sorted and filtered rows", () => {
  const entry = tableEntry([{ a: 3, b: "x" }, { a: 1, b: "y,z" }, { a: 2, b: "w" }])!;
  const csv = tableCsv(entry, ["b", "a"], {
    sort: [{ column: "a", direction: "asc" }],
    filters: [{ column: "a", op: "<", value: "3" }],
  });
  assert.is(csv, 'b,a\r\n"y,z",1\r\nw,2\r\n');
});

test("tableCsv() writes every column when none are asked", () => {
  const entry = tableEntry({ a: [1], b: [true] })!;
  assert.is(tableCsv(entry, [], { sort: [], filters: [] }), "a,b\r\n1,true\r\n");
});

test("a CSV download serves once, then answers 404", async () => {
  const url = offerCsvDownload({ filename: "my table.csv", produce: () => "a\r\n1\r\n" });
  const token = url.split("/").pop() ?? "";
  const response = csvDownloadResponse(token);
  assert.is(response.status, 200);
  assert.is(response.headers.get("content-type"), "text/csv; charset=utf-8");
  assert.is(response.headers.get("content-disposition"), 'attachment; filename="my_table.csv"');
  assert.is(await response.text(), "a\r\n1\r\n");
  assert.is(csvDownloadResponse(token).status, 404);
});

test("a CSV download expires after a minute", () => {
  const url = offerCsvDownload({ filename: "t.csv", produce: () => "" }, 1000);
  assert.is(takeCsvDownload(url.split("/").pop() ?? "", 1000 + 60_001), undefined);
});

test.run();
