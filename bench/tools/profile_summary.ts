/**
 * Summarises CPU profiles written by `node --cpu-prof` (`npm run bench -- --profile` writes one per Tapir
 * server into bench/profiles/): where the time went, by function and by file, self time only, so that
 * the cause of a missed target can be named.
 *
 *   node --import tsx bench/tools/profile_summary.ts bench/profiles/CPU.*.cpuprofile [--top 25]
 */
import { readFileSync } from "node:fs";
import process from "node:process";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Shortens a file URL to the part after the repository or node_modules. */
function shortFile(url: string): string {
  if (url === "") return "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  const match = /\/(gui|bench|examples|tests)\/.*$/.exec(url);
  return match?.[0].slice(1) ?? url.replace(/^.*\//, "");
}

function addTo(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function top(map: Map<string, number>, total: number, count: number): string[] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) =>
    `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`
  );
}

const args = process.argv.slice(2);
const topIndex = args.indexOf("--top");
const count = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
const files = args.filter((arg, index) => !arg.startsWith("--") && index !== topIndex + 1);
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    const { functionName, url, lineNumber } = node.callFrame;
    total += ms;
    if (functionName === "(idle)") {
      idle += ms;
      return;
    }
    addTo(byFunction, `${functionName || "(anonymous)"} ${shortFile(url)}:${lineNumber + 1}`, ms);
    addTo(byFile, shortFile(url), ms);
  });
  const busy = total - idle;
  console.log(`\n${file}: ${total.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy`);
  console.log(`\nby function (self time, % of busy):\n${top(byFunction, busy, count).join("\n")}`);
  console.log(`\nby file:\n${top(byFile, busy, count).join("\n")}`);
}
