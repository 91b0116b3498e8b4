import { test } from "uvu";
import * as assert from "uvu/assert";
import { parsePage } from "../../gui/template/mod.ts";
import { OPTIONS, summarize } from "./page_fixtures.ts";
import type { Summary } from "./page_fixtures.ts";

const block = (element: string, ...children: Summary[]): Summary => ({ element, children });

/** Page text -> summarized tree (see `summarize`). */
const PAGES: [string, string, Summary[]][] = [
  ["plain Markdown", "# Title\n\nSome *text*.", ["<h1>Title</h1>\n<p>Some <em>text</em>.</p>\n"]],
  ["a binding with no type", "<|{x}|>", ["<p>", "text@1:1 [{x}]@1:3", "</p>\n"]],
  ["a value before the type", "<|Some text|button|>", ["<p>", "button@1:1 [Some text]@1:3", "</p>\n"]],
  ["a negated property", "<|button|not active|>", ["<p>", "button@1:1 active=false@1:10", "</p>\n"]],
  ["every negation and a bare name", "<|{v}|toggle|no a|dont b|don't c|not d|e|>", [
    "<p>",
    "toggle@1:1 [{v}]@1:3 a=false@1:14 b=false@1:19 c=false@1:26 d=false@1:34 e=true@1:40",
    "</p>\n",
  ]],
  ["several elements on one line", "a <|{x}|> and <|{y}|slider|> b", [
    "<p>a ",
    "text@1:3 [{x}]@1:5",
    " and ",
    "slider@1:15 [{y}]@1:17",
    " b</p>\n",
  ]],
  ["a value kept verbatim with its spaces", "<|button|label= a |>", [
    "<p>",
    'button@1:1 label=" a "@1:10',
    "</p>\n",
  ]],
  ["indexed property names", "<|{d}|chart|y[2]=v|width[Col A]=3|columns[mobile]=1|>", [
    "<p>",
    'chart@1:1 [{d}]@1:3 y[2]="v"@1:13 width[Col A]="3"@1:20 columns[mobile]="1"@1:35',
    "</p>\n",
  ]],
  ["escaped pipes", "<|a\\|b|button|lov=x\\|y;z|>", [
    "<p>",
    'button@1:1 [a|b]@1:3 lov="x|y;z"@1:15',
    "</p>\n",
  ]],
  ["pipes inside braces", '<|{a || b}|> <|{ok ? "a|b" : "c"}|> <|{"|>"}|>', [
    "<p>",
    "text@1:1 [{a || b}]@1:3",
    " ",
    'text@1:14 [{ok ? "a|b" : "c"}]@1:16',
    " ",
    'text@1:37 [{"|>"}]@1:39',
    "</p>\n",
  ]],
  ["braces inside quotes", '<|{x == "}" ? 1 : 2}|number|>', [
    "<p>",
    'number@1:1 [{x == "}" ? 1 : 2}]@1:3',
    "</p>\n",
  ]],
  ["a brace in plain text", "Price {x} and {", ["<p>Price {x} and {</p>\n"]],
  ["a property before the type", "<|{x}|label=a|button|>", [
    "<p>",
    'button@1:1 [{x}]@1:3 label="a"@1:7',
    "</p>\n",
  ]],
  ["an inline block element", "<|part|class_name=x|>", [
    "<p>",
    block('part@1:1 class_name="x"@1:8'),
    "</p>\n",
  ]],
  ["a layout block", "<|layout|columns=1 2|\nleft\n\nright\n|>", [
    block('layout@1:1 columns="1 2"@1:10', "<p>left</p>\n<p>right</p>\n"),
  ]],
  ["a bare part", "<|\nx\n|>", [block("part@1:1", "<p>x</p>\n")]],
  ["the card shorthand", "<|card|\nx\n|>", [block("part@1:1 [card]@1:3", "<p>x</p>\n")]],
  ["nested blocks", "<|layout|\n<|part|\n<|{x}|>\n|>\n|>", [
    block("layout@1:1", block("part@2:1", "<p>", "text@3:1 [{x}]@3:3", "</p>\n")),
  ]],
  ["named blocks", "<main|part|\n<|layout|\ny\n|>\n|main>", [
    block("part@1:1", block("layout@2:1", "<p>y</p>\n")),
  ]],
  ["named blocks after the first line and in a list", "x\n\n<main|part|\n- <a|part|\n  y\n  |a>\n\n|main>", [
    "<p>x</p>\n",
    block("part@3:1", "<ul>\n<li>\n", block("part@4:3", "y"), "</li>\n</ul>\n"),
  ]],
  ["the start/end form", "<|expandable.start|title=T|>\nin\n<|expandable.end|>", [
    block('expandable@1:1 title="T"@1:20', "<p>in</p>\n"),
  ]],
  ["an indented closing tag and trailing spaces", "<|part|  \nx\n   |>  ", [block("part@1:1", "<p>x</p>\n")]],
  ["an empty block", "<|part|\n|>", [block("part@1:1")]],
  ["block tags interrupting paragraphs", "a\n<|part|\nb\n|>\nc", [
    "<p>a</p>\n",
    block("part@2:1", "<p>b</p>\n"),
    "<p>c</p>\n",
  ]],
  ["tags in code", "```\n<|{x}|>\n```\n\n`<|y|>` <|{z}|>\n\n    <|{w}|>", [
    "<pre><code>&lt;|{x}|&gt;\n</code></pre>\n<p><code>&lt;|y|&gt;</code> ",
    "text@5:9 [{z}]@5:11",
    "</p>\n<pre><code>&lt;|{w}|&gt;\n</code></pre>\n",
  ]],
  ["broken tags in code", "`<|{x` and `<|a` <|{y}|>\n\n```\n<|{x|>\n|>\n```", [
    "<p><code>&lt;|{x</code> and <code>&lt;|a</code> ",
    "text@1:18 [{y}]@1:20",
    "</p>\n<pre><code>&lt;|{x|&gt;\n|&gt;\n</code></pre>\n",
  ]],
  ["an escaped tag", "\\<|x|> <|{x}|>", ["<p>&lt;|x|&gt; ", "text@1:8 [{x}]@1:10", "</p>\n"]],
  ["comment lines", "a\n[//]: # (a comment)\nb\n\n[//]: # (another)", ["<p>a</p>\n<p>b</p>\n"]],
  ["an element in a link", "[<|{x}|>](/p)", ['<p><a href="/p">', "text@1:2 [{x}]@1:4", "</a></p>\n"]],
  ["an element in a heading", "## Total: <|{t}|>", ["<h2>Total: ", "text@1:11 [{t}]@1:13", "</h2>\n"]],
  ["elements in a table", "| a | b |\n|---|---|\n| <|{x}|slider|max=3|> | <|{y}|> |", [
    "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>",
    'slider@3:3 [{x}]@3:5 max="3"@3:16',
    "</td>\n<td>",
    "text@3:26 [{y}]@3:28",
    "</td>\n</tr>\n</tbody>\n</table>\n",
  ]],
  ["elements in a quote", "> quote <|{q}|>\n> more <|{r}|button|>", [
    "<blockquote>\n<p>quote ",
    "text@1:9 [{q}]@1:11",
    "\nmore ",
    "button@2:8 [{r}]@2:10",
    "</p>\n</blockquote>\n",
  ]],
  ["elements in nested lists", "1. one\n2. two <|{x}|>\n   - nested <|{y}|>", [
    "<ol>\n<li>one</li>\n<li>two ",
    "text@2:8 [{x}]@2:10",
    "\n<ul>\n<li>nested ",
    "text@3:13 [{y}]@3:15",
    "</li>\n</ul>\n</li>\n</ol>\n",
  ]],
  // A tight list hides its paragraphs, as markdown-it does.
  ["a block in a list item", "- <|part|\n  in <|{x}|>\n  |>\n- b", [
    "<ul>\n<li>\n",
    block("part@1:3", "in ", "text@2:6 [{x}]@2:8"),
    "</li>\n<li>b</li>\n</ul>\n",
  ]],
  ["a block in a quote", "> <|part|\n> <|{x}|>\n> |>", [
    "<blockquote>\n",
    block("part@1:3", "<p>", "text@2:3 [{x}]@2:5", "</p>\n"),
    "</blockquote>\n",
  ]],
  ["the same tag in a code span and after it", "`<|{x}|>` <|{x}|>", [
    "<p><code>&lt;|{x}|&gt;</code> ",
    "text@1:11 [{x}]@1:13",
    "</p>\n",
  ]],
  ["code points before an element", "😀 é <|{x}|button|active|>", [
    "<p>😀 é ",
    "button@1:5 [{x}]@1:7 active=true@1:18",
    "</p>\n",
  ]],
  ["an emoji inside a value", "<|😀 go|button|active|>", [
    "<p>",
    "button@1:1 [😀 go]@1:3 active=true@1:15",
    "</p>\n",
  ]],
  ["CRLF line ends", "a\r\n<|layout|\r\n<|{x}|> \r\n|>\r\n", [
    "<p>a</p>\n",
    block("layout@2:1", "<p>", "text@3:1 [{x}]@3:3", "</p>\n"),
  ]],
  ["elements inside raw HTML lines", '<div class="c">\n<|{x}|>\n</div>', [
    '<div class="c">\n',
    "text@2:1 [{x}]@2:3",
    "\n</div>",
  ]],
  ["a closing tag right under raw HTML", "<|part|\n<br/>\n|>", [block("part@1:1", "<br/>\n")]],
  ["tags in an HTML comment", "<!-- <|{x}|> -->", ["<!-- <|{x}|> -->"]],
];

for (const [name, source, expected] of PAGES) {
  test(`parsePage() reads ${name}`, () => {
    assert.equal(summarize(parsePage(source, OPTIONS).children), expected);
  });
}

test("parsePage() gives every position of an element", () => {
  const tree = parsePage("Go: <|Hi|button|not active|width = 3|>", OPTIONS);
  assert.equal(tree.page, "/");
  assert.equal(tree.children[1], {
    kind: "element",
    type: "button",
    defaultValue: {
      name: "",
      value: "Hi",
      position: { line: 1, column: 7 },
      valuePosition: { line: 1, column: 7 },
    },
    properties: [
      {
        name: "active",
        value: false,
        position: { line: 1, column: 17 },
        valuePosition: { line: 1, column: 21 },
      },
      {
        name: "width",
        value: " 3",
        position: { line: 1, column: 28 },
        valuePosition: { line: 1, column: 35 },
      },
    ],
    position: { line: 1, column: 5 },
    typePosition: { line: 1, column: 10 },
  });
});

test("parsePage() keeps a default value's spaces and points its value position at them", () => {
  const tree = parsePage("<|  {x} |>", OPTIONS);
  const element = tree.children[1];
  if (element?.kind !== "element") throw new Error("expected an element");
  assert.equal(element.defaultValue, {
    name: "",
    value: "  {x} ",
    position: { line: 1, column: 5 },
    valuePosition: { line: 1, column: 3 },
  });
  assert.equal(element.typePosition, { line: 1, column: 1 });
});

test("parsePage() merges adjacent HTML into one node", () => {
  const tree = parsePage("# A\n\nb\n\n- c\n- d\n\n> e", OPTIONS);
  assert.equal(tree.children.length, 1);
});

test("parsePage() leaves inline elements without children and gives blocks an array", () => {
  const [paragraphStart, inline] = parsePage("<|{x}|>", OPTIONS).children;
  assert.equal(paragraphStart, { kind: "html", html: "<p>" });
  assert.ok(inline?.kind === "element" && !("children" in inline));
});

test.run();
