/**
 * A page's compile time must grow linearly with its tags, wherever they stand: a long line once took
 * 20 s for 100,000 elements. No timing here: the tests count the candidates that the tag lookups examine,
 * which a quadratic search multiplies by 16 when the tags are multiplied by 4.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import MarkdownIt from "markdown-it";
import { parsePage } from "../../gui/template/mod.ts";
import { tapirMarkdownPlugin } from "../../gui/template/markdown_plugin.ts";
import { buildTree } from "../../gui/template/build_tree.ts";
import { ParseContext } from "../../gui/template/parse_context.ts";
import { OPTIONS } from "./page_fixtures.ts";

const markdown = new MarkdownIt("default", { html: true, linkify: false, typographer: false });
tapirMarkdownPlugin(markdown);

/** The candidates examined while compiling `source` (the page may fail: the work before counts). */
function examined(source: string): number {
  const context = new ParseContext(source, OPTIONS);
  const env = context.toEnv();
  try {
    buildTree(markdown.parse(source, env), markdown, env);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "TemplateSyntaxError") throw error;
  }
  return context.scan.examined;
}

const repeat = (n: number, piece: (index: number) => string, separator = " ") =>
  Array.from({ length: n }, (_, index) => piece(index)).join(separator);

/** Lines that each hold n tags, in every place a tag can stand on a line. */
const SHAPES: [string, (n: number) => string][] = [
  ["a paragraph", (n) => repeat(n, (i) => `<|{x${i}}|>`)],
  ["a paragraph with the same tag in code spans", (n) => repeat(n, () => "`<|{x}|>` <|{x}|>")],
  ["a heading", (n) => `# ${repeat(n, (i) => `<|{x${i}}|>`)}`],
  ["a quote", (n) => `> ${repeat(n, (i) => `<|{x${i}}|>`)}`],
  ["a link's text", (n) => `[${repeat(n, (i) => `<|{x${i}}|>`)}](/u)`],
  [
    "a table row",
    (n) =>
      `| ${repeat(n, () => "h", " | ")} |\n|${"-|".repeat(n)}\n| ${repeat(n, (i) => `<|{x${i}}|>`, " | ")} |`,
  ],
  [
    "a table row with escaped pipes",
    (n) =>
      `| ${repeat(n, () => "h", " | ")} |\n|${"-|".repeat(n)}\n| ${
        repeat(n, () => "a \\| <|{x}|>", " | ")
      } |`,
  ],
  ["raw HTML with comments", (n) => `<div>\n${repeat(n, (i) => `<!-- <|{y}|> --> <|{x${i}}|>`)}\n</div>`],
  ["images' texts", (n) => repeat(n, (i) => `![a <|{x${i}}|>](/i.png)`)],
];

for (const [name, shape] of SHAPES) {
  test(`parsePage() looks tags up in linear work on one line: ${name}`, () => {
    const small = examined(shape(500));
    const large = examined(shape(2000));
    assert.ok(small >= 500 || name === "images' texts", `${name}: ${small} candidates examined for 500 tags`);
    // Linear work quadruples; a search from the line start would multiply it by 16.
    assert.ok(large <= 5 * small, `${name}: ${small} examined for 500 tags but ${large} for 2000`);
  });
}

test("parsePage() compiles 100,000 elements on one line with exact columns", () => {
  const count = 100_000;
  // An emoji first: columns count code points, not UTF-16 units.
  const source = `😀 ${repeat(count, (i) => `<|{x${i}}|>`)}`;
  const elements = parsePage(source, OPTIONS).children.filter((node) => node.kind === "element");
  assert.is(elements.length, count);
  let column = 3;
  for (const [index, element] of elements.entries()) {
    if (element.kind !== "element") continue;
    if (element.position.line !== 1 || element.position.column !== column) {
      assert.unreachable(
        `element ${index} at ${element.position.line}:${element.position.column}, not 1:${column}`,
      );
    }
    assert.is(element.defaultValue?.value, `{x${index}}`);
    column += `<|{x${index}}|> `.length;
  }
});

test("parsePage() places a tag after an escaped pipe in a table cell", () => {
  const tree = parsePage("| a | b |\n|-|-|\n| `<|{x}|>` \\| <|{x}|> | <|{y}|> |", OPTIONS);
  const positions = tree.children.flatMap((node) =>
    node.kind === "element"
      ? [`${node.defaultValue?.value}@${node.position.line}:${node.position.column}`]
      : []
  );
  assert.equal(positions, ["{x}@3:16", "{y}@3:26"]);
});

test.run();
