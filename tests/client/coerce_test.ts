import { test } from "uvu";
import * as assert from "uvu/assert";
import { toBoolean, toCssLength, toNumber, toText } from "../../gui/client/coerce.ts";

test("toText() shows nothing for null and undefined and JSON for objects", () => {
  assert.equal([toText(null), toText(undefined), toText("a"), toText(1.5), toText(true)], ["", "", "a", "1.5", "true"]);
  assert.is(toText([1, "b"]), '[1,"b"]');
  assert.is(toText({ a: 1 }), '{"a":1}');
});

test("toNumber() reads numbers and numeric text, and gives null for the rest", () => {
  assert.equal([toNumber(2), toNumber("2.5"), toNumber(" -3 ")], [2, 2.5, -3]);
  assert.equal([toNumber(""), toNumber("x"), toNumber(null), toNumber(Number.NaN), toNumber(Infinity)], [
    null,
    null,
    null,
    null,
    null,
  ]);
});

test("toBoolean() reads the strings a page may carry", () => {
  assert.equal(["true", "True", "1", "yes"].map(toBoolean), [true, true, true, true]);
  assert.equal(["false", "False", "0", "", "off"].map(toBoolean), [false, false, false, false, false]);
  assert.equal([toBoolean(1), toBoolean(0), toBoolean(null)], [true, false, false]);
});

test("toCssLength() takes bare numbers as pixels", () => {
  assert.equal([toCssLength(300), toCssLength("300"), toCssLength("50%"), toCssLength(undefined)], [
    "300px",
    "300px",
    "50%",
    "",
  ]);
});

test.run();
