import { test } from "uvu";
import * as assert from "uvu/assert";
import { TemplateSyntaxError } from "../../gui/errors.ts";
import { parsePage } from "../../gui/template/mod.ts";
import { OPTIONS } from "./page_fixtures.ts";

interface ExpectedError {
  line: number;
  column: number;
  reason: string;
  /** A part of the hint. */
  hint?: string;
}

/** Page text -> the error it raises: where, the reason (whole), and a part of the hint. */
const ERRORS: [string, string, ExpectedError][] = [
  ["an unknown element", "<|{x}|slidr|>", {
    line: 1,
    column: 7,
    reason: 'Unknown element "slidr"',
    hint: 'did you mean "slider"?',
  }],
  ["an unknown element with no close name", "<|{x}|zzzzzz|>", {
    line: 1,
    column: 7,
    reason: 'Unknown element "zzzzzz"',
    hint: "name a known element",
  }],
  ["an unclosed inline element", "a <|{x}|slider", {
    line: 1,
    column: 3,
    reason: 'Unclosed element "slider"',
    hint: 'add "|>" to close it on the same line',
  }],
  ["an element left open before the next one", "<|{x} <|{y}|>", {
    line: 1,
    column: 1,
    reason: 'Unclosed element "text"',
    hint: 'before the next "<|"',
  }],
  ["a block tag without its last pipe", "<|layout|columns=1 2", {
    line: 1,
    column: 1,
    reason: 'Unclosed element "layout"',
    hint: 'end the line with "|"',
  }],
  ["an unclosed block", "a\n\n<|layout|columns=1 2|\ntext", {
    line: 3,
    column: 1,
    reason: 'Unclosed block "layout"',
    hint: 'add a line "|>" to close it',
  }],
  ["an unclosed named block", "<main|part|\n<|part|\n|>", {
    line: 1,
    column: 1,
    reason: 'Unclosed block "part"',
    hint: '"|main>"',
  }],
  ["an unclosed start tag", "<|dialog.start|>\nx", {
    line: 1,
    column: 1,
    reason: 'Unclosed block "dialog"',
    hint: '"<|dialog.end|>"',
  }],
  ["a block left open at the end of its list item", "- <|part|\n  a\n|>", {
    line: 1,
    column: 3,
    reason: 'Unclosed block "part"',
    hint: "before the end of the list item",
  }],
  ["a block left open at the end of its quote", "> <|part|\n> a\n\n|>", {
    line: 1,
    column: 3,
    reason: 'Unclosed block "part"',
    hint: "before the end of the quote",
  }],
  ["a stray closing tag", "x\n\n  |>", {
    line: 3,
    column: 3,
    reason: 'Closing tag "|>" has no block to close',
    hint: '"<|part|"',
  }],
  ["a stray end tag", "<|part.end|>", {
    line: 1,
    column: 1,
    reason: 'Closing tag "<|part.end|>" has no block to close',
    hint: '"<|part.start|>"',
  }],
  ["mismatched named tags", "<main|part|\nx\n|other>", {
    line: 3,
    column: 1,
    reason: 'Closing tag "|other>" does not match block "part"',
    hint: 'opened at line 1 closes with "|main>"',
  }],
  ["a plain closing tag for a named block", "<main|part|\nx\n|>", {
    line: 3,
    column: 1,
    reason: 'Closing tag "|>" does not match block "part"',
    hint: '"|main>"',
  }],
  ["mismatched start and end types", "<|part.start|>\nx\n<|layout.end|>", {
    line: 3,
    column: 1,
    reason: 'Closing tag "<|layout.end|>" does not match block "part"',
    hint: 'opened at line 1 closes with "<|part.end|>"',
  }],
  ["a pipe closing tag for a start tag", "<|part.start|>\nx\n|>", {
    line: 3,
    column: 1,
    reason: 'Closing tag "|>" does not match block "part"',
    hint: '"<|part.end|>"',
  }],
  ["a closing tag deeper than its block", "<|part|\n- a\n  |>", {
    line: 3,
    column: 3,
    reason: 'Closing tag "|>" stands in a list item, but block "part" opened outside it',
    hint: "opened at line 1",
  }],
  ["an empty element", "a <||>", { line: 1, column: 3, reason: "Empty element" }],
  ["a blank element", "<|  |>", { line: 1, column: 1, reason: "Empty element" }],
  ["an unclosed brace", "<|{x|>", {
    line: 1,
    column: 3,
    reason: 'Unbalanced "{"',
    hint: 'close it with "}"',
  }],
  ["an unclosed brace in a property", "<|{x}|slider|max={a + 1|>", {
    line: 1,
    column: 18,
    reason: 'Unbalanced "{"',
  }],
  ["an unclosed quote inside braces", '<|{"a}|>', { line: 1, column: 3, reason: 'Unbalanced "{"' }],
  ["a stray closing brace", "<|a}|>", { line: 1, column: 4, reason: 'Unbalanced "}"' }],
  ["an empty property name", "<|button|=x|>", {
    line: 1,
    column: 10,
    reason: "Empty property name",
    hint: '"label=x"',
  }],
  ["a value after the type", "<|button|Some label|>", {
    line: 1,
    column: 10,
    reason: 'Invalid property "Some label"',
  }],
  ["a second value before the type", "<|{x}|{y}|slider|>", {
    line: 1,
    column: 7,
    reason: 'Second value "{y}" before the element type',
  }],
  ["a negated property with a value", "<|button|not active=1|>", {
    line: 1,
    column: 10,
    reason: 'Negated property "active" cannot take a value',
  }],
  ["an inline element opening a block", "<|{x}|slider|", {
    line: 1,
    column: 7,
    reason: 'Element "slider" cannot open a block',
    hint: 'close it with "|>"',
  }],
  ["an opening tag in the middle of a line", "a <|layout|", {
    line: 1,
    column: 3,
    reason: 'Opening tag of block "layout" must start its line',
  }],
  ["a start tag in the middle of a line", "a <|part.start|>", {
    line: 1,
    column: 5,
    reason: 'Block tag "part.start" must stand alone on its line',
  }],
  ["an end tag with properties", "<|part.start|>\n<|part.end|id=x|>", {
    line: 2,
    column: 12,
    reason: 'Closing tag "<|part.end|>" takes no properties',
  }],
  ["a start tag opening with a pipe", "<|part.start|", {
    line: 1,
    column: 3,
    reason: 'Block tag "part.start" must end with "|>"',
  }],
  ["an element in an image's text", "![<|{x}|>](a.png)", {
    line: 1,
    column: 3,
    reason: "An element cannot stand in an image's text",
  }],
  ["a block that raw HTML lines do not close", "<div>\n<|part|\n</div>", {
    line: 2,
    column: 1,
    reason: 'Unclosed block "part"',
  }],
  ["an opening tag after raw HTML on its line", "<div></div> <|part|", {
    line: 1,
    column: 13,
    reason: 'Opening tag of block "part" must start its line',
  }],
  ["an unclosed element inside raw HTML", "<div>\n<|{x}\n</div>", {
    line: 2,
    column: 1,
    reason: 'Unclosed element "text"',
  }],
  ["an error inside a quote", "> a <|{x}|slidr|>", {
    line: 1,
    column: 11,
    reason: 'Unknown element "slidr"',
  }],
  ["an error inside a nested list", "- a\n  - b <|{x}|slidr|>", {
    line: 2,
    column: 13,
    reason: 'Unknown element "slidr"',
  }],
  ["an error in a table cell", "| a | b |\n|---|---|\n| x | <|{y}|slidr|> |", {
    line: 3,
    column: 13,
    reason: 'Unknown element "slidr"',
  }],
  ["an error inside a nested block", "<|layout|\n<|part|\n  <|{x}|slidr|>\n|>\n|>", {
    line: 3,
    column: 9,
    reason: 'Unknown element "slidr"',
  }],
  ["an error after an emoji", "😀 <|{x}|slidr|>", { line: 1, column: 9, reason: 'Unknown element "slidr"' }],
  ["an error with CRLF line ends", "a\r\n\r\n<|{x}|slidr|>\r\n", {
    line: 3,
    column: 7,
    reason: 'Unknown element "slidr"',
  }],
];

for (const [name, source, expected] of ERRORS) {
  test(`parsePage() reports ${name}`, () => {
    try {
      parsePage(source, OPTIONS);
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      assert.equal(
        { line: error.line, column: error.column, reason: error.reason },
        { line: expected.line, column: expected.column, reason: expected.reason },
      );
      if (expected.hint !== undefined) assert.ok(error.hint?.includes(expected.hint), `hint: ${error.hint}`);
      return;
    }
    assert.unreachable("no error was thrown");
  });
}

test("parsePage() words an unclosed block error with its page, position, hint and code frame", () => {
  try {
    parsePage("a\n\n<|layout|columns=1 2|\ntext", { ...OPTIONS, page: "home" });
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    assert.equal(error.page, "home");
    assert.equal(
      error.message,
      'Unclosed block "layout" in page "home" at line 3, column 1 (add a line "|>" to close it)\n\n' +
        "  1 | a\n  2 | \n> 3 | <|layout|columns=1 2|\n    | ^\n  4 | text",
    );
    return;
  }
  assert.unreachable("no error was thrown");
});

test("parsePage() accepts broken tags inside code", () => {
  parsePage("`<|{x` and `<||>`\n\n```\n<|{x}|slidr|>\n|>\n```\n\n    <|part|", OPTIONS);
});

test.run();
