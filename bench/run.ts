/**
 * Tapir's benchmark suite. Every figure is measured next to a raw baseline (the same job done with `ws`
 * or plain code and no framework) in the same run, and reported as a ratio, because the machines it runs
 * on are shared and noisy. Servers run in processes of their own, under the runtime chosen; pages run in
 * headless Chromium.
 *
 *   npm run bench -- [--quick] [--runtime node|deno] [--only latency,rate] [--profile] [--json out.json]
 *   deno run -A bench/run.ts --runtime deno [--quick]     (the deno task "bench")
 *
 * See BENCHMARKS.md for what each figure means and the last full run.
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import process from "node:process";
import { launchBrowser } from "../tests/e2e/browser.ts";
import { measureData } from "./figures/data.ts";
import { measureFanOut } from "./figures/fan_out.ts";
import { measureLatency } from "./figures/latency.ts";
import { measurePages } from "./figures/pages.ts";
import { measureRate } from "./figures/rate.ts";
import { measurePackageStart } from "./figures/package_start.ts";
import { measureStart } from "./figures/start.ts";
import { currentRuntime, startChild } from "./support/bench_child.ts";
import { describeMachine } from "./support/machine.ts";
import { type FigureName, parseBenchOptions } from "./support/options.ts";
import { formatTable, ratioOf, type Row } from "./support/report.ts";
import type { FigureContext } from "./support/side.ts";

const FIGURES: Readonly<Record<FigureName, (context: FigureContext) => Promise<Row[]>>> = {
  pages: measurePages,
  start: measureStart,
  package: measurePackageStart,
  latency: measureLatency,
  rate: measureRate,
  fanout: measureFanOut,
  data: measureData,
};

const options = parseBenchOptions(process.argv.slice(2));
const log = (text: string) => void process.stderr.write(`bench: ${text}\n`);

if (options.build) {
  // Servers then start from dist/client/ as after `npm install`, not from an in-memory build.
  log("building the client bundle");
  const build = startChild("scripts/build_client.ts", { runtime: currentRuntime, name: "build" });
  if ((await build.exited) !== 0) throw new Error("the client build failed");
  if (options.figures.includes("package")) {
    // The package figure starts the compiled modules in dist/, as `npm install tapir` gives them.
    log("compiling the package");
    const compile = startChild("scripts/build_package.ts", { runtime: "node", name: "build:package" });
    if ((await compile.exited) !== 0) throw new Error("the package build failed");
  }
}

const browser = await launchBrowser();
const machine = await describeMachine(browser);
log(
  `${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.deno}, Chromium ${machine.chromium}`,
);
log(`servers under ${options.runtime}${options.quick ? ", quick run" : ""}`);
const rows: Row[] = [];
const failures: string[] = [];
const started = Date.now();
try {
  for (const name of options.figures) {
    const figureStart = Date.now();
    log(`${name}...`);
    try {
      rows.push(...(await FIGURES[name]({ options, browser, log })));
    } catch (error) {
      const message = error instanceof Error ? error.stack ?? error.message : String(error);
      failures.push(`${name}: ${message}`);
      log(`${name} failed: ${message}`);
    }
    log(`${name} took ${((Date.now() - figureStart) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
}

// Other work on a shared machine shows in its load: said next to the figures it disturbed.
const loadAtEnd = loadavg()[0] ?? 0;
console.log(
  `\nTapir benchmarks (servers on ${options.runtime}; ${options.quick ? "quick smoke run" : "full run"}; ` +
    `${machine.cores} cores, shared machine, load ${machine.loadAverage.toFixed(2)} at start, ` +
    `${loadAtEnd.toFixed(2)} at end)\n`,
);
console.log(formatTable(rows));
const missed = rows.filter((row) => row.met === false);
console.log(
  `\n${rows.length} figures, ${missed.length} targets missed, in ${
    ((Date.now() - started) / 1000).toFixed(0)
  } s`,
);
for (const failure of failures) console.log(`FAILED ${failure}`);
if (options.jsonPath !== undefined) {
  const withRatios = rows.map((row) => ({ ...row, ratio: ratioOf(row) }));
  writeFileSync(
    options.jsonPath,
    JSON.stringify({ options, machine, loadAtEnd, rows: withRatios, failures }, null, 2) + "\n",
  );
}
process.exitCode = failures.length === 0 ? 0 : 1;
