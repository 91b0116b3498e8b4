/**
 * Figure 5b, start of the installed package: from spawning a plain JavaScript app that imports Tapir's
 * compiled package (`dist/mod.js`, what `npm install tapir` gives) to its listening, with plain `node` (or
 * `deno run`) and no TypeScript loader; beside it the raw receiver (`node:http` and `ws`) as plain
 * JavaScript, started the same way. Unlike figure 5, nothing goes through tsx here: this is the start a
 * user's deployed app has. Timed in this process, from `spawn` to the child's "@listening" line.
 */
import { spawn } from "node:child_process";
import process from "node:process";
import { createInterface } from "node:readline";
import { fileExists } from "../../gui/runtime/mod.ts";
import { currentRuntime, ROOT } from "../support/bench_child.ts";
import { epochNow } from "../support/clock.ts";
import type { RuntimeName } from "../support/options.ts";
import type { Row } from "../support/report.ts";
import type { FigureContext } from "../support/side.ts";
import { median } from "../support/stats.ts";

const PROGRAMS = { tapir: "bench/servers/package_app.mjs", baseline: "bench/servers/raw_app.mjs" } as const;

/** Spawns one program and resolves with the milliseconds until it said it listens. */
function timeToListen(runtime: RuntimeName, script: string): Promise<number> {
  const [command, args] = runtime === "node"
    ? [currentRuntime === "node" ? process.execPath : "node", [script]]
    : [currentRuntime === "deno" ? process.execPath : `${ROOT}node_modules/.bin/deno`, ["run", "-A", script]];
  const spawnedAt = epochNow();
  const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} did not listen within 30 s`));
    }, 30_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it listened`));
    });
    if (child.stdout === null) throw new Error("child without stdout");
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!line.startsWith("@listening ")) return;
      const listenedAt = epochNow();
      clearTimeout(timer);
      child.removeAllListeners("exit");
      child.once("exit", () => resolve(listenedAt - spawnedAt));
      child.kill("SIGKILL");
    });
  });
}

/**
 * Measures the compiled package's start against the raw baseline's.
 *
 * @example
 * ```ts
 * const rows = await measurePackageStart(context);
 * ```
 */
export async function measurePackageStart(context: FigureContext): Promise<Row[]> {
  if (!(await fileExists(new URL("dist/mod.js", `file://${ROOT}`)))) {
    throw new Error("dist/mod.js is missing: run `npm run build` first (the figure starts the compiled package)");
  }
  const starts = context.options.quick ? 3 : 9;
  const runtime = context.options.runtime;
  const samples = { tapir: [] as number[], baseline: [] as number[] };
  // One start each first, not counted: it fills the OS's file cache.
  await timeToListen(runtime, PROGRAMS.baseline);
  await timeToListen(runtime, PROGRAMS.tapir);
  for (let index = 0; index < starts; index++) {
    const order = index % 2 === 0 ? (["baseline", "tapir"] as const) : (["tapir", "baseline"] as const);
    for (const name of order) samples[name].push(await timeToListen(runtime, PROGRAMS[name]));
  }
  const tapir = median(samples.tapir);
  return [{
    section: "start",
    figure: "compiled package: process spawned -> listening (median, plain JS, no loader)",
    unit: "ms",
    tapir,
    baseline: median(samples.baseline),
    target: "< 300 ms",
    met: tapir < 300,
    note: `${starts} starts each; Tapir from dist/mod.js, the baseline is node:http + ws`,
  }];
}
