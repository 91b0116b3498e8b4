/**
 * Malformed pages, through the whole compiler and the real element catalogue: every fault is a
 * TemplateSyntaxError at its line and column, never a crash, a stack overflow or an element that silently
 * disappears. (tests/template/ covers the parser's own error table; this adds what a hostile or careless
 * page can do on top: depth, size, odd Unicode, Markdown that would swallow elements.)
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { TemplateSyntaxError } from "../../gui/errors.ts";
import { compilePage } from "../../gui/page/compile_page.ts";
import type { CompiledPage } from "../../gui/page/compiled_page.ts";

const OPTIONS = {
  page: "/",
  variables: new Set(["x", "items", "flag"]),
  functions: new Set(["save"]),
};

const compile = (source: string): CompiledPage => compilePage(source, OPTIONS);

/** Compiles `source` and returns the error it must raise. */
function errorOf(source: string): TemplateSyntaxError {
  try {
    compile(source);
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return error;
    throw new Error(`expected a TemplateSyntaxError, got ${error instanceof Error ? error.name : error}`, {
      cause: error,
    });
  }
  throw new Error(`no error for ${JSON.stringify(source.slice(0, 80))}`);
}

/** Source, then the expected line, column and a part of the message. */
const MALFORMED: [string, string, number, number, string][] = [
  // Syntax
  ["an unclosed element", "a\n\nb <|{x}|slider", 3, 3, 'Unclosed element "slider"'],
  ["an unclosed block", "<|part|\ntext", 1, 1, 'Unclosed block "part"'],
  ["a stray closing tag", "text\n\n|>", 3, 1, "has no block to close"],
  ["mismatched named tags", "<a|part|\n|b>", 2, 1, "does not match"],
  ["an empty element", "x <||>", 1, 3, "Empty element"],
  ["an unbalanced brace", "<|{x|>", 1, 3, 'Unbalanced "{"'],
  ["a stray closing brace", "<|x}|>", 1, 4, 'Unbalanced "}"'],
  ["an empty property name", "<|{x}|slider|=3|>", 1, 14, "Empty property name"],
  ["a block opened mid-line", "a <|part|", 1, 3, "must start its line"],
  ["an element in an image's text", "![<|{x}|>](a.png)", 1, 3, "image's text"],
  // Names
  ["an unknown element", "<|{x}|slidr|>", 1, 7, 'Unknown element "slidr"'],
  ["an unknown property", "<|{x}|slider|mx=3|>", 1, 14, 'Unknown property "mx"'],
  ["an unknown variable", "<|{y}|>", 1, 4, 'Unknown variable "y"'],
  ["an unknown variable in a property", "<|{x}|slider|max={limit}|>", 1, 19, 'Unknown variable "limit"'],
  ["an unknown callback", "<|Go|button|on_action=sve|>", 1, 23, 'Unknown function "sve"'],
  ["a forbidden member", "<|{x.constructor}|>", 1, 6, '"constructor" is not allowed'],
  // Values
  ["a number that is not one", "<|{x}|slider|max=ten|>", 1, 18, "expects a number"],
  ["an infinite number", "<|{x}|slider|max=1e999|>", 1, 18, "expects a number"],
  ["a boolean that is not one", "<|{x}|input|password=maybe|>", 1, 22, "expects true or false"],
  ["a value outside its choices", "<|{x}|text|mode=html|>", 1, 17, "must be one of"],
  ["a bound fixed property", "<|{x}|slider|continuous={flag}|>", 1, 25, "cannot be bound"],
  ["a malformed expression", "<|{x +}|>", 1, 7, "Malformed expression"],
  ["an assignment in a binding", "<|{x = 1}|>", 1, 6, 'Unexpected "="'],
  // Markdown that would hide an element
  ["an unclosed HTML comment", "a\n\n<!-- note\n\n<|{x}|>", 3, 1, 'Unclosed raw HTML "<!--"'],
  ["an unclosed <script>", "<script>\n\n<|{x}|>", 1, 1, 'Unclosed raw HTML "<script"'],
  ["an unclosed <pre> in a quote", "> <pre>\n>\n> <|{x}|>", 1, 3, 'Unclosed raw HTML "<pre"'],
  ["an element as a link reference", "[home]: <|{x}|>", 1, 9, "link reference definition"],
];

for (const [what, source, line, column, reason] of MALFORMED) {
  test(`a page with ${what} fails at line ${line}, column ${column}`, () => {
    const error = errorOf(source);
    assert.equal([error.line, error.column], [line, column], error.message);
    assert.ok(error.message.includes(reason), `"${error.message}" should include "${reason}"`);
    assert.ok(error.message.includes("^"), "the message ends with a code frame");
  });
}

/** Page text nested `depth` deep, and where the error must point. */
const DEEP: [string, (depth: number) => string, number, number][] = [
  ["blocks", (depth) => "<|part|\n".repeat(depth) + "<|{x}|>\n" + "|>\n".repeat(depth), 101, 1],
  ["quotes", (depth) => "> ".repeat(depth) + "<|{x}|>", 1, 201],
  ["lists", (depth) => "- ".repeat(depth) + "<|{x}|>", 1, 101],
  [
    "quote lines",
    (depth) => Array.from({ length: depth }, (_, i) => "> ".repeat(i + 1) + "a").join("\n"),
    100,
    201,
  ],
  ["parentheses", (depth) => `<|{${"(".repeat(depth)}x${")".repeat(depth)}}|>`, 1, 104],
  ["arrays", (depth) => `<|{${"[".repeat(depth)}x${"]".repeat(depth)}}|>`, 1, 104],
  ["prefix operators", (depth) => `<|{${"-".repeat(depth)}x}|>`, 1, 104],
  ["ternaries", (depth) => `<|{${"flag ? x : ".repeat(depth)}x}|>`, 1, 1109],
  ["an operator chain", (depth) => `<|{x${" + x".repeat(depth)}}|>`, 1, 4],
  ["a member chain", (depth) => `<|{items${"[0]".repeat(depth)}}|>`, 1, 4],
  [
    "inline callback braces",
    (depth) => `<|Go|button|on_action={(s) => ${"{".repeat(depth)}${"}".repeat(depth)}}|>`,
    1,
    132,
  ],
];

for (const [what, make, line, column] of DEEP) {
  test(`10,000 nested ${what} fail with a position, not a stack overflow`, () => {
    const error = errorOf(make(10_000));
    assert.match(error.reason, /nested/);
    assert.equal([error.line, error.column], [line, column], error.reason);
  });
}

test("nesting up to the limits still compiles", () => {
  assert.is(
    compile("<|part|\n".repeat(100) + "<|{x}|>\n" + "|>\n".repeat(100)).descriptor.elements.length,
    101,
  );
  assert.is(compile("> ".repeat(99) + "<|{x}|>").descriptor.elements.length, 1);
  assert.is(compile(`<|{${"(".repeat(95)}x${")".repeat(95)}}|>`).descriptor.elements.length, 1);
  assert.is(compile(`<|{x${" + x".repeat(98)}}|>`).descriptor.elements.length, 1);
});

test("a huge page compiles whole, and a fault at its end is found at the right line", () => {
  const lines = 20_000;
  const page = compile("Reading <|{x}|> of the sensor\n\n".repeat(lines));
  assert.is(page.descriptor.elements.length, lines);
  const error = errorOf("Some text\n\n".repeat(lines) + "<|{x}|slidr|>");
  assert.equal([error.line, error.column], [2 * lines + 1, 7]);
  const longValue = "a".repeat(1 << 20);
  assert.is(compile(`<|${longValue}|>`).descriptor.elements[0]?.props["value"], longValue);
});

/** Text before an unknown element, and the column (in code points) where the element's type stands. */
const UNICODE: [string, string, number][] = [
  ["right-to-left text", "\u202Eשלום ", 13],
  ["combining marks", "e\u0301\u0301\u0301 ", 12],
  ["a family emoji", "👩‍👩‍👧‍👦 ", 15],
  ["a byte order mark", "\uFEFF", 8],
  ["a NUL", "a\0b ", 11],
  ["a lone high surrogate", "\uD800 ", 9],
  ["a lone low surrogate", "\uDC00\uDC00 ", 10],
  ["a line separator", "a\u2028", 9],
];

for (const [what, before, column] of UNICODE) {
  test(`an error after ${what} points at the right column`, () => {
    const error = errorOf(`${before}<|{x}|slidr|>`);
    assert.equal([error.line, error.column], [1, column], error.message);
  });
}

test("unusual Unicode in values survives compilation", () => {
  const text = "שלום e\u0301 👩‍👩‍👧‍👦 \uD800";
  assert.is(compile(`<|${text}|>`).descriptor.elements[0]?.props["value"], text);
  // markdown-it turns NUL into U+FFFD before parsing, as browsers do: the value keeps its length.
  assert.is(compile("<|a\0b|>").descriptor.elements[0]?.props["value"], "a\uFFFDb");
});

/** Markdown around an element; each puts the element in once unless it says otherwise. */
const CONTEXTS: ((element: string) => string)[] = [
  (e) => e,
  (e) => `> ${e}`,
  (e) => `- ${e}`,
  (e) => `1. ${e}`,
  (e) => `  - ${e}`,
  (e) => `- > ${e}`,
  (e) => `# ${e}`,
  (e) => `Title ${e}\n===`,
  (e) => `**${e}**`,
  (e) => `[${e}](https://example.com)`,
  (e) => `<span>${e}</span>`,
  (e) => `<div>\n${e}\n</div>`,
  (e) => `<!-- note -->${e}`,
  (e) => `<div><!-- note --> ${e}</div>`,
  (e) => `<pre>code</pre> ${e}`,
  (e) => `| a |\n|---|\n| ${e} |`,
  (e) => `\`code\` ${e}`,
  (e) => `***\n${e}`,
  (e) => `[ref]: https://example.com\n${e}`,
  (e) => `<|part|\n${e}\n|>`,
  (e) => `<|layout|columns=1 1|\n${e}\n${e}\n|>`,
  (e) => `${e}<br/>`,
];

test("property: every element written in any mix of Markdown either shows or fails to compile", () => {
  const element = "<|{x}|>";
  const count = (text: string) => text.split(element).length - 1;
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: CONTEXTS.length - 1 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom("\n\n", "\n"),
      (picks, separator) => {
        const source = picks.map((pick) => CONTEXTS[pick]?.(element) ?? "").join(separator);
        let page: CompiledPage;
        try {
          page = compile(source);
        } catch (error) {
          if (error instanceof TemplateSyntaxError) return;
          throw error;
        }
        assert.is(page.html.split("<tp-text ").length - 1, count(source), source);
      },
    ),
    { numRuns: 300 },
  );
});

test("property: arbitrary text never crashes the compiler", () => {
  const pieces = fc.constantFrom(
    "<|",
    "|>",
    "{",
    "}",
    "|",
    "x",
    " ",
    "\n",
    "> ",
    "- ",
    "<!--",
    "-->",
    "part",
    "=",
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" })), { maxLength: 40 }), (parts) => {
      try {
        compile(parts.join(""));
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
      }
    }),
    { numRuns: 300 },
  );
});

test.run();
