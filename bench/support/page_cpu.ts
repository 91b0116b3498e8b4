/**
 * What a page costs the browser: its main thread's busy time (Chromium's `TaskDuration` metric, over the
 * DevTools protocol), and, when asked, a CPU profile of the page in the format `node --cpu-prof` writes, so
 * that bench/tools/profile_summary.ts reads both.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { CDPSession, Page } from "playwright-core";

/** A page under watch. */
export interface PageCpu {
  /** Milliseconds the page's main thread has been busy since watching began. */
  busyMs(): Promise<number>;
  /** Starts profiling the page (`profileDir` given only). */
  startProfile(): Promise<void>;
  /** Stops profiling and writes `<profileDir>/<name>.cpuprofile`; does nothing if not profiling. */
  stopProfile(name: string): Promise<void>;
}

async function taskSeconds(session: CDPSession): Promise<number> {
  const { metrics } = await session.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
}

/**
 * Starts watching `page`.
 *
 * @example
 * ```ts
 * const cpu = await watchPageCpu(page, undefined);
 * // ... let the page work ...
 * console.log(`${await cpu.busyMs()} ms busy`);
 * ```
 */
export async function watchPageCpu(page: Page, profileDir: string | undefined): Promise<PageCpu> {
  const session = await page.context().newCDPSession(page);
  await session.send("Performance.enable");
  const start = await taskSeconds(session);
  let profiling = false;
  return {
    busyMs: async () => ((await taskSeconds(session)) - start) * 1000,
    async startProfile() {
      if (profileDir === undefined) return;
      await session.send("Profiler.enable");
      await session.send("Profiler.start");
      profiling = true;
    },
    async stopProfile(name) {
      if (!profiling || profileDir === undefined) return;
      profiling = false;
      const { profile } = await session.send("Profiler.stop");
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(`${profileDir}/${name}.cpuprofile`, JSON.stringify(profile));
    },
  };
}
