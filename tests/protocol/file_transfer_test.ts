import { test } from "uvu";
import * as assert from "uvu/assert";
import { acceptsFile, splitExtensions } from "../../gui/protocol/file_transfer.ts";

const file = (name: string, type = "") => ({ name, type });

test("acceptsFile() matches extensions at the end of the name, in any case", () => {
  assert.ok(acceptsFile(".csv,.txt", file("data.CSV")));
  assert.ok(acceptsFile(".csv,.txt", file("notes.txt")));
  assert.not.ok(acceptsFile(".csv", file("evil.csv.exe")));
  assert.not.ok(acceptsFile(".csv", file("csv")));
  assert.not.ok(acceptsFile(".csv", file(".csv")), "a bare extension is no file name");
});

test("acceptsFile() matches MIME types and wildcards against the declared type", () => {
  assert.ok(acceptsFile("image/*", file("a.png", "image/png")));
  assert.not.ok(acceptsFile("image/*", file("a.png", "text/plain")));
  assert.ok(acceptsFile("text/csv", file("x", "text/csv")));
});

test("acceptsFile() accepts everything for * or an empty filter", () => {
  assert.ok(acceptsFile("*", file("anything.bin")));
  assert.ok(acceptsFile("", file("anything.bin")));
});

test("splitExtensions() splits on commas and semicolons and trims", () => {
  assert.equal(splitExtensions(" .CSV, .txt;image/* "), [".csv", ".txt", "image/*"]);
});

test.run();
