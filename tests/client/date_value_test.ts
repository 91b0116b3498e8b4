import { test } from "uvu";
import * as assert from "uvu/assert";
import { fromInputValue, isTimeText, toDate, toInputValue } from "../../gui/client/date_value.ts";

test("toDate() reads Dates, ISO strings and epoch milliseconds", () => {
  assert.is(toDate("2024-05-17T08:30:00Z")?.toISOString(), "2024-05-17T08:30:00.000Z");
  assert.is(toDate(new Date(0))?.getTime(), 0);
  assert.is(toDate(86_400_000)?.toISOString(), "1970-01-02T00:00:00.000Z");
  assert.equal([toDate("soon"), toDate(""), toDate(null), toDate({})], [null, null, null, null]);
});

test("toDate() reads a date without time as that day's local midnight", () => {
  const date = toDate("2024-05-17");
  assert.equal([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()], [2024, 4, 17, 0]);
});

test("toInputValue() writes local time for each kind of native input", () => {
  const date = new Date(2024, 4, 7, 8, 5);
  assert.is(toInputValue(date, "date"), "2024-05-07");
  assert.is(toInputValue(date, "datetime-local"), "2024-05-07T08:05");
  assert.is(toInputValue(date, "time"), "08:05");
  assert.is(toInputValue(null, "date"), "");
});

test("fromInputValue() reads a native input's text back, a time on the given day", () => {
  assert.is(fromInputValue("2024-05-07", "date")?.getTime(), new Date(2024, 4, 7).getTime());
  assert.is(
    fromInputValue("2024-05-07T08:05", "datetime-local")?.getTime(),
    new Date(2024, 4, 7, 8, 5).getTime(),
  );
  assert.is(
    fromInputValue("07:45", "time", new Date(2024, 0, 2, 23))?.getTime(),
    new Date(2024, 0, 2, 7, 45).getTime(),
  );
  assert.is(fromInputValue("", "date"), null);
});

test("isTimeText() recognises HH:mm and HH:mm:ss only", () => {
  assert.equal(
    [isTimeText("07:45"), isTimeText("7:45:10"), isTimeText("2024-05-07T07:45"), isTimeText(745)],
    [
      true,
      true,
      false,
      false,
    ],
  );
});

test.run();
