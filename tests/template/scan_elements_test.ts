import { test } from "uvu";
import * as assert from "uvu/assert";
import { countCodePoints, MASKED_PIPE, scanElements } from "../../gui/template/scan_elements.ts";

test("scanElements() finds every tag with its line and code-point column", () => {
  const scan = scanElements("a <|{x}|> b <|y|>\n😀 <|z|>\n  <main|part|\n<b|not a tag|>");
  assert.equal(
    scan.occurrences.map(({ line, column, name }) => ({ line, column, name })),
    [
      { line: 1, column: 3, name: undefined },
      { line: 1, column: 13, name: undefined },
      { line: 2, column: 3, name: undefined },
      { line: 3, column: 3, name: "main" },
    ],
  );
  assert.equal([...scan.byLine.keys()], [0, 1, 2]);
  assert.equal(scan.lineStarts, [0, 18, 27, 41]);
});

test("scanElements() masks the pipes inside tags only", () => {
  const scan = scanElements("| a | <|{x}|slider|> |\n<|layout|");
  const p = MASKED_PIPE;
  assert.equal(scan.masked, `| a | <${p}{x}${p}slider${p}> |\n<${p}layout${p}`);
});

test("scanElements() continues after an open tag at the next tag", () => {
  const scan = scanElements("`a <| b` then <|{x}|>");
  assert.equal(scan.occurrences.map(({ column, lex }) => [column, lex.end >= 0]), [[4, false], [15, true]]);
});

test("scanElements() ignores a named tag that does not stand at the start of a line", () => {
  assert.equal(scanElements("text <main|part|").occurrences.length, 0);
  assert.equal(scanElements("> - <main|part|").occurrences.length, 1);
});

test("countCodePoints() counts a surrogate pair once", () => {
  assert.equal(countCodePoints("a😀b", 0, 4), 3);
  assert.equal(countCodePoints("a😀b", 1, 3), 1);
});

test.run();
