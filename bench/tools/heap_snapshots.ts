/**
 * Writes three heap snapshots of Tapir's receiver on Node: idle, with N clients connected, and after M
 * broadcasts to them, for bench/tools/heap_summary.ts to compare (what a session costs, what it keeps).
 *
 *   node --import tsx bench/tools/heap_snapshots.ts [--clients 1000] [--broadcasts 300] [--dir <folder>]
 *   node --import tsx bench/tools/heap_summary.ts <folder>/tapir_idle.heapsnapshot <folder>/tapir_connected.heapsnapshot --per 1000
 */
import { tmpdir } from "node:os";
import process from "node:process";
import { startChild } from "../support/bench_child.ts";
import { sleep } from "../support/clock.ts";
import { parseBenchOptions } from "../support/options.ts";
import { startSide } from "../support/side.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] ?? fallback : fallback;
};
const clients = Number(option("clients", "1000"));
const broadcasts = Math.min(10_000, Number(option("broadcasts", "300")));
const dir = option("dir", tmpdir());

const side = await startSide("tapir", parseBenchOptions([]), { exposeGc: true });
const swarm = startChild("bench/servers/swarm.ts", { runtime: "node", name: "swarm" });
try {
  await swarm.ready;
  await sleep(300);
  const snapshot = async (name: string) => {
    const reply = await side.server.request(
      "snapshot",
      { path: `${dir}/tapir_${name}.heapsnapshot` },
      120_000,
    );
    console.log(String(reply["path"]));
  };
  await snapshot("idle");
  const url = side.url.replace(/^http/, "ws") + "_tapir/ws";
  await swarm.request("connect", { url, protocol: "tapir", count: clients }, 180_000);
  await sleep(500);
  await snapshot("connected");
  for (let value = 1; value <= broadcasts; value++) await side.server.request("broadcast", { value });
  await swarm.request("wait", { value: broadcasts, timeoutMs: 30_000 });
  await sleep(500);
  await snapshot("after_broadcasts");
} finally {
  await swarm.stop();
  await side.server.stop();
}
