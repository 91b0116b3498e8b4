/**
 * The two programs every figure compares: Tapir (its tutorial receiver) and the raw baseline (the same
 * job with `ws` and no framework), each a server in a process of its own under the runtime chosen.
 */
import type { Browser } from "playwright-core";
import { type BenchChild, startChild } from "./bench_child.ts";
import type { BenchOptions } from "./options.ts";

/** Which program. */
export type SideName = "tapir" | "baseline";

/** Both, baseline first (it is the yardstick). */
export const SIDES: readonly SideName[] = ["baseline", "tapir"];

/** Where each side's page shows the number. */
export const VALUE_SELECTOR: Readonly<Record<SideName, string>> = { tapir: "tp-text", baseline: "#value" };

const SCRIPTS: Readonly<Record<SideName, string>> = {
  tapir: "bench/servers/tapir_server.ts",
  baseline: "bench/servers/baseline_server.ts",
};

/** A running server of one side. */
export interface RunningSide {
  name: SideName;
  server: BenchChild;
  /** The page's address. */
  url: string;
  /** Its TCP port for numbers. */
  tcpPort: number;
  /** When it listened, in epoch ms (clock.ts). */
  listeningAt: number;
}

/** What every figure gets. */
export interface FigureContext {
  options: BenchOptions;
  browser: Browser;
  /** Progress, on standard error. */
  log(text: string): void;
}

/** Options of {@link startSide}. */
export interface StartSideOptions {
  /** Expose gc() for memory figures. */
  exposeGc?: boolean;
}

/**
 * Starts one side's server and resolves once it listens.
 *
 * @example
 * ```ts
 * const tapir = await startSide("tapir", context.options);
 * await tapir.server.stop();
 * ```
 */
export async function startSide(
  name: SideName,
  options: BenchOptions,
  startOptions: StartSideOptions = {},
): Promise<RunningSide> {
  const server = startChild(SCRIPTS[name], {
    runtime: options.runtime,
    name: `${name} server`,
    exposeGc: startOptions.exposeGc ?? false,
    // Only Tapir is profiled: the point is to find where Tapir spends what the baseline does not.
    profileDir: name === "tapir" && options.runtime === "node" ? options.profileDir : undefined,
  });
  const ready = await server.ready;
  return {
    name,
    server,
    url: String(ready["url"]),
    tcpPort: Number(ready["tcpPort"]),
    listeningAt: Number(ready["listeningAt"]),
  };
}
