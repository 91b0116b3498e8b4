import { test } from "uvu";
import * as assert from "uvu/assert";
import { lexTag } from "../../gui/template/lex_tag.ts";

/** Lexes the tag that starts `text` with `<|` (the whole text is one line). */
function lex(text: string) {
  const result = lexTag(text, 2, text.length);
  return {
    fragments: result.fragments.map(({ start, end }) => text.slice(start, end)),
    closed: result.end >= 0 ? text.slice(0, result.end) : undefined,
    unclosedBrace: result.unclosedBrace,
    strayBrace: result.strayBrace,
    escapes: result.escapes,
  };
}

const CASES: [string, string, ReturnType<typeof lex>][] = [
  ["fragments up to the first closing", "<|{x}|slider|> <|y|>", {
    fragments: ["{x}", "slider"],
    closed: "<|{x}|slider|>",
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [],
  }],
  ["pipes and a closing inside braces", '<|{a || b}|{c ? "|>" : d}|>', {
    fragments: ["{a || b}", '{c ? "|>" : d}'],
    closed: '<|{a || b}|{c ? "|>" : d}|>',
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [],
  }],
  ["escaped quotes inside braces", '<|{"a\\"}|"}|>', {
    fragments: ['{"a\\"}|"}'],
    closed: '<|{"a\\"}|"}|>',
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [],
  }],
  ["escaped pipes", "<|a\\|b|\\|>", {
    fragments: ["a\\|b", "\\|>"],
    closed: undefined,
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [3, 7],
  }],
  ["an opening tag", "<|layout|columns=1 2|", {
    fragments: ["layout", "columns=1 2", ""],
    closed: undefined,
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [],
  }],
  ["an unclosed brace", "<|{a {b}|>", {
    fragments: ["{a {b}|>"],
    closed: undefined,
    unclosedBrace: 2,
    strayBrace: -1,
    escapes: [],
  }],
  ["a stray brace", "<|a}|>", {
    fragments: ["a}"],
    closed: "<|a}|>",
    unclosedBrace: -1,
    strayBrace: 3,
    escapes: [],
  }],
  ["a stop at the next tag", "<|{x} <|{y}|>", {
    fragments: ["{x} "],
    closed: undefined,
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [],
  }],
  ["a quote outside braces", "<|Don't|>", {
    fragments: ["Don't"],
    closed: "<|Don't|>",
    unclosedBrace: -1,
    strayBrace: -1,
    escapes: [],
  }],
];

for (const [name, text, expected] of CASES) {
  test(`lexTag() reads ${name}`, () => {
    assert.equal(lex(text), expected);
  });
}

test("lexTag() stops at the line end it is given", () => {
  const text = "<|a|\n|>";
  const result = lexTag(text, 2, 4);
  assert.equal(result.end, -1);
  assert.equal(result.stop, 4);
});

test.run();
