/**
 * Times the page compiler on a large page, in a process of the runtime under test: Tapir's compilePage
 * (parse, check, render) against markdown-it alone rendering the same text, taking turns.
 *
 * Command: `run {elements, bytes, iterations}` -> `{tapir: ms[], baseline: ms[], bytes, elements}`; the
 * first time of each list is the cold one.
 *
 *   node --import tsx bench/workers/compile_page_worker.ts
 */
import MarkdownIt from "markdown-it";
import { compilePage } from "../../gui/page/compile_page.ts";
import { largePage } from "../support/large_page.ts";
import { numberParam, serveCommands } from "../support/child_endpoint.ts";

serveCommands({
  run(params) {
    const page = largePage(numberParam(params, "elements", 5000), numberParam(params, "bytes", 1 << 20));
    const iterations = numberParam(params, "iterations", 5);
    // The same settings as Tapir's own markdown-it (gui/template/parse_page.ts).
    const markdown = new MarkdownIt("default", { html: true, linkify: false, typographer: false });
    const options = { page: "/", variables: new Set(page.variables), functions: new Set(page.functions) };
    const tapir: number[] = [];
    const baseline: number[] = [];
    let elements = 0;
    let htmlLength = 0;
    for (let iteration = 0; iteration < iterations; iteration++) {
      let start = performance.now();
      htmlLength = markdown.render(page.source).length;
      baseline.push(performance.now() - start);
      start = performance.now();
      elements = compilePage(page.source, options).descriptor.elements.length;
      tapir.push(performance.now() - start);
    }
    return { tapir, baseline, bytes: page.source.length, elements, htmlLength };
  },
}, {});
