/** The machine a run measured: what BENCHMARKS.md must state next to the figures. */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import type { Browser } from "playwright-core";
import { ROOT, runtimeCommand } from "./bench_child.ts";

/** Cores, memory, runtimes and browser. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  deno: string;
  chromium: string;
  /** Load average (1 min) when the run started: other work on a shared machine shows here. */
  loadAverage: number;
}

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: "utf8" }).trim().split("\n")[0] ?? "?";
  } catch {
    return "unavailable";
  }
}

/**
 * Describes this machine.
 *
 * @example
 * ```ts
 * console.log(await describeMachine(browser));
 * ```
 */
export async function describeMachine(browser: Browser): Promise<MachineInfo> {
  const { loadavg } = await import("node:os");
  const [node] = runtimeCommand("node", { runtime: "node" });
  const [deno] = runtimeCommand("deno", { runtime: "deno" });
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: versionOf(node, ["--version"]),
    deno: versionOf(deno, ["--version"]),
    chromium: browser.version(),
    loadAverage: loadavg()[0] ?? 0,
  };
}
