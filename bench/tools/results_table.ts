/**
 * Turns the JSON of one or more runs (`npm run bench -- --json FILE`) into the Markdown table of
 * BENCHMARKS.md: one line per figure, Tapir, baseline and ratio for each run side by side, and the target
 * with whether each run met it.
 *
 *   node --import tsx bench/tools/results_table.ts node.json deno.json > table.md
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import { formatValue, type Row } from "../support/report.ts";

interface RunFile {
  options: { runtime: string };
  rows: (Row & { ratio?: number })[];
}

const runs = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, "utf8")) as RunFile);
const figures: string[] = [];
for (const run of runs) {
  for (const row of run.rows) {
    const name = `${row.section}: ${row.figure}`;
    if (!figures.includes(name)) figures.push(name);
  }
}
const header = ["figure"];
for (const run of runs) header.push(`Tapir (${run.options.runtime})`, "baseline", "ratio");
header.push("target");
const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
for (const name of figures) {
  const cells = [name];
  let target = "";
  const verdicts: string[] = [];
  for (const run of runs) {
    const row = run.rows.find((candidate) => `${candidate.section}: ${candidate.figure}` === name);
    cells.push(
      formatValue(row?.tapir ?? undefined, row?.unit ?? ""),
      row?.baseline === undefined || row.baseline === null ? "-" : formatValue(row.baseline, row.unit),
      row?.ratio === undefined || row.ratio === null ? "-" : `${row.ratio.toFixed(2)}x`,
    );
    if (row?.target !== undefined) {
      target = row.target;
      verdicts.push(`${run.options.runtime} ${row.met ? "met" : "**missed**"}`);
    }
  }
  cells.push(target === "" ? "" : `${target}: ${verdicts.join(", ")}`);
  lines.push(`| ${cells.join(" | ")} |`);
}
console.log(lines.join("\n"));
