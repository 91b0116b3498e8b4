import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDate } from "../../gui/client/format_date.ts";

const date = new Date(2024, 4, 7, 15, 4, 9);

test("formatDate() fills date-fns style tokens in local time", () => {
  assert.is(formatDate(date, "dd/MM/yyyy HH:mm:ss"), "07/05/2024 15:04:09");
  assert.is(formatDate(date, "d/M/yy H:m:s"), "7/5/24 15:4:9");
  assert.is(formatDate(date, "hh:mm a"), "03:04 PM");
  assert.is(formatDate(new Date(2024, 0, 1, 0, 30), "h:mm a"), "12:30 AM");
});

test("formatDate() keeps quoted text and other characters as they are", () => {
  assert.is(formatDate(date, "yyyy-MM-dd 'at' HH'h'"), "2024-05-07 at 15h");
});

test("formatDate() without a pattern uses the locale, with the time when asked", () => {
  assert.is(formatDate(date, ""), date.toLocaleDateString());
  assert.is(formatDate(date, "", true), date.toLocaleString());
});

test.run();
