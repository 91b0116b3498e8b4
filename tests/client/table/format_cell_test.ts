import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatCell } from "../../../gui/client/table/format_cell.ts";
import { formatDate } from "../../../gui/client/table/format_date.ts";

test("formatDate() writes date-fns tokens and quoted text", () => {
  const date = new Date(2024, 0, 5, 14, 7, 9, 42);
  assert.is(formatDate(date, "yyyy-MM-dd HH:mm:ss.SSS"), "2024-01-05 14:07:09.042");
  assert.is(formatDate(date, "d MMM yy, h:mm a"), "5 Jan 24, 2:07 PM");
  assert.is(formatDate(date, "EEEE d MMMM 'at' H'h'"), "Friday 5 January at 14h");
});

test("formatCell() formats numbers with format[col] before number_format, and empty ones as nan_value", () => {
  assert.is(formatCell(3.14159, { type: "number", numberFormat: "%.2f" }), "3.14");
  assert.is(formatCell(3.14159, { type: "number", numberFormat: "%.2f", format: "%.1f" }), "3.1");
  assert.is(formatCell(null, { type: "number", nanValue: "n/a" }), "n/a");
  assert.is(formatCell(7, { type: "number" }), "7");
});

test("formatCell() formats dates with Taipy's default, and dates without time in UTC", () => {
  assert.is(formatCell("2024-01-31", { type: "date" }), "01/31/2024");
  assert.is(formatCell("2024-01-31", { type: "date", dateFormat: "dd.MM.yyyy" }), "31.01.2024");
  assert.is(formatCell("not a date", { type: "date" }), "not a date");
});

test("formatCell() shows other values as text", () => {
  assert.is(formatCell(true, { type: "boolean" }), "true");
  assert.is(formatCell({ a: 1 }, { type: "any" }), '{"a":1}');
  assert.is(formatCell(undefined, { type: "string" }), "");
});

test.run();
