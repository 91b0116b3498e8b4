/**
 * Compares two V8 heap snapshots (`.heapsnapshot`, as the Tapir server's `snapshot` command writes them):
 * what the second holds more of, by constructor (or kind of value), in bytes and count, divided by a
 * number of clients, to name what a session costs.
 *
 *   node --import tsx bench/tools/heap_summary.ts before.heapsnapshot after.heapsnapshot [--per 1000] [--top 30]
 */
import { readFileSync } from "node:fs";
import process from "node:process";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Bytes and count by "type name". */
function tally(file: string): Map<string, { bytes: number; count: number }> {
  const data = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  const fields = data.snapshot.meta.node_fields;
  const width = fields.length;
  const typeField = fields.indexOf("type");
  const nameField = fields.indexOf("name");
  const sizeField = fields.indexOf("self_size");
  const types = data.snapshot.meta.node_types[0];
  const totals = new Map<string, { bytes: number; count: number }>();
  for (let offset = 0; offset < data.nodes.length; offset += width) {
    const type = types[data.nodes[offset + typeField] ?? 0] ?? "?";
    const rawName = data.strings[data.nodes[offset + nameField] ?? 0] ?? "";
    // Strings and code are many small distinct names: group them by kind only.
    const name = type === "object" || type === "closure" || type === "native" ? rawName.slice(0, 60) : "";
    const key = `${type} ${name}`.trim();
    const entry = totals.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += data.nodes[offset + sizeField] ?? 0;
    entry.count += 1;
    totals.set(key, entry);
  }
  return totals;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const [beforeFile, afterFile] = args.filter((arg, index) =>
  !arg.startsWith("--") && !args[index - 1]?.startsWith("--")
);
if (beforeFile === undefined || afterFile === undefined) {
  throw new Error("usage: heap_summary.ts before.heapsnapshot after.heapsnapshot");
}
const per = option("per", 1);
const before = tally(beforeFile);
const after = tally(afterFile);
const growth = [...after].map(([key, entry]) => {
  const old = before.get(key) ?? { bytes: 0, count: 0 };
  return { key, bytes: (entry.bytes - old.bytes) / per, count: (entry.count - old.count) / per };
});
const total = growth.reduce((sum, entry) => sum + entry.bytes, 0);
console.log(`grown by ${(total / 1024).toFixed(1)} KB${per === 1 ? "" : ` per each of ${per}`}`);
for (const entry of growth.sort((a, b) => b.bytes - a.bytes).slice(0, option("top", 30))) {
  console.log(
    `${entry.bytes.toFixed(0).padStart(9)} B ${entry.count.toFixed(1).padStart(7)} x  ${entry.key}`,
  );
}
