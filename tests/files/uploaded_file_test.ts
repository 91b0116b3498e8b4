import { test } from "uvu";
import * as assert from "uvu/assert";
import { safeFileName, UploadedFile } from "../../gui/files/uploaded_file.ts";

test("safeFileName() keeps only a base name without control characters", () => {
  assert.is(safeFileName("../../etc/passwd"), "passwd");
  assert.is(safeFileName("C:\\Users\\a\\report.csv"), "report.csv");
  assert.is(safeFileName("a\u0000b\n.csv"), "ab.csv");
  assert.is(safeFileName(".."), "file");
  assert.is(safeFileName(""), "file");
  assert.is(safeFileName("x".repeat(300)).length, 255);
});

test("UploadedFile travels as its summary, never its bytes", () => {
  const file = new UploadedFile("dir/a.csv", "text/csv", new TextEncoder().encode("a,b"));
  assert.is(JSON.stringify(file), JSON.stringify({ name: "a.csv", type: "text/csv", size: 3 }));
  assert.is(file.text(), "a,b");
});

test.run();
