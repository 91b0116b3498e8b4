/**
 * One clock for every process of a benchmark: milliseconds since the epoch, with sub-millisecond
 * resolution. Node, Deno and Chromium all derive `performance.timeOrigin` from the system's wall clock, so
 * readings taken in different processes on one machine can be subtracted (the latency figure checks the
 * browser's offset against it anyway).
 */

/**
 * Now, in epoch milliseconds with a fraction.
 *
 * @example
 * ```ts
 * const start = epochNow();
 * console.log(`${(epochNow() - start).toFixed(3)} ms`);
 * ```
 */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Resolves after `ms` milliseconds.
 *
 * @example
 * ```ts
 * await sleep(10);
 * ```
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
