/**
 * Figure 6, pages: compiling a large page (1 MB of Markdown with 5,000 elements) with Tapir's compilePage,
 * against markdown-it alone rendering the same text, in a worker process of the runtime under test.
 */
import { numbersOf, startChild } from "../support/bench_child.ts";
import type { Row } from "../support/report.ts";
import type { FigureContext } from "../support/side.ts";
import { median } from "../support/stats.ts";

/**
 * Measures the page compiler; returns the table's rows.
 *
 * @example
 * ```ts
 * const rows = await measurePages(context);
 * ```
 */
export async function measurePages(context: FigureContext): Promise<Row[]> {
  const worker = startChild("bench/workers/compile_page_worker.ts", {
    runtime: context.options.runtime,
    name: "page compiler",
    profileDir: context.options.runtime === "node" ? context.options.profileDir : undefined,
  });
  try {
    await worker.ready;
    const reply = await worker.request("run", {
      elements: 5000,
      bytes: 1 << 20,
      iterations: context.options.quick ? 3 : 10,
    }, 600_000);
    const tapir = numbersOf(reply, "tapir");
    const baseline = numbersOf(reply, "baseline");
    const size = `${(Number(reply["bytes"]) / 2 ** 20).toFixed(2)} MB, ${String(reply["elements"])} elements`;
    return [
      {
        section: "pages",
        figure: "compile a 1 MB page with 5,000 elements, warm (median)",
        unit: "ms",
        tapir: median(tapir.slice(1)),
        baseline: median(baseline.slice(1)),
        note: `${size}; baseline: markdown-it rendering the same text`,
      },
      {
        section: "pages",
        figure: "compile the same page, first time in the process",
        unit: "ms",
        tapir: tapir[0],
        baseline: baseline[0],
      },
    ];
  } finally {
    await worker.stop();
  }
}
