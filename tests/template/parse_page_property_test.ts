import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { TemplateSyntaxError } from "../../gui/errors.ts";
import { parsePage } from "../../gui/template/mod.ts";
import type { PageNode } from "../../gui/template/mod.ts";
import { OPTIONS } from "./page_fixtures.ts";

/** Pieces that make Markdown and tags meet in every way: containers, code, tables, braces, escapes. */
const PIECES = [
  "<|{x}|>",
  "<|{a || b}|slider|max=3|>",
  "<|Go|button|not active|>",
  "<|part|",
  "<|layout|columns=1 2|",
  "<|",
  "|>",
  "<main|part|",
  "|main>",
  "<|part.start|>",
  "<|part.end|>",
  "<|",
  "|",
  "{",
  "}",
  "\\|",
  "\\",
  "`",
  "```",
  "> ",
  "- ",
  "1. ",
  "    ",
  "  ",
  "# ",
  "| a | b |\n|---|---|\n",
  "<div>",
  "</div>",
  "<br/>",
  "![",
  "](a.png)",
  "[",
  "](/p)",
  "*",
  "😀",
  "é",
  "\n",
  "\n",
  "\n\n",
  "\r\n",
  "text",
  " ",
  "[//]: # (c)",
  '"',
  "'",
];

function elementsOf(nodes: PageNode[]): Extract<PageNode, { kind: "element" }>[] {
  return nodes.flatMap((node) => node.kind === "html" ? [] : [node, ...elementsOf(node.children ?? [])]);
}

/** The code points of `line` of `source` (1-based), as `parsePage` counts columns. */
function lineOf(source: string, line: number): string[] {
  return Array.from(source.split(/\r?\n/)[line - 1] ?? "");
}

test("parsePage() either builds a tree or throws a positioned TemplateSyntaxError", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const source = pieces.join("");
      try {
        const tree = parsePage(source, OPTIONS);
        for (const element of elementsOf(tree.children)) {
          // Every element points at its "<", and every property at a character of its line.
          assert.is(lineOf(source, element.position.line)[element.position.column - 1], "<", source);
          for (const property of element.properties) {
            assert.ok(lineOf(source, property.position.line).length >= property.position.column, source);
          }
        }
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        const line = lineOf(source, error.line);
        assert.ok(
          error.column >= 1 && error.column <= line.length + 1,
          `${error.message}\n${JSON.stringify(source)}`,
        );
      }
    }),
    { numRuns: 3000 },
  );
});

test.run();
