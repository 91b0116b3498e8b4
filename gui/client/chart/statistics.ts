/**
 * The statistics behind the trace types that summarise data rather than plot it: a histogram's bins and a
 * box plot's quartiles (a density map's grid is in density_grid.ts). Pure functions over numbers; values
 * that are not finite numbers are left out.
 */

/** Equal-width bins: `edges` has one more item than `counts`. */
export interface Bins {
  edges: number[];
  counts: number[];
}

/**
 * Counts `values` into `count` equal bins (Sturges' rule when not given) spanning their extent.
 *
 * @example
 * ```ts
 * histogramBins([1, 2, 2, 3], 2); // { edges: [1, 2, 3], counts: [1, 3] }
 * ```
 */
export function histogramBins(values: ArrayLike<unknown>, count?: number, extent?: [number, number]): Bins {
  const numbers = finiteNumbers(values);
  if (numbers.length === 0) return { edges: [], counts: [] };
  const [low, high] = extent ?? extentOf(numbers);
  const bins = Math.max(1, Math.round(count ?? Math.ceil(Math.log2(numbers.length) + 1)));
  const width = high > low ? (high - low) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, index) => low + index * width);
  const counts = new Array<number>(bins).fill(0);
  for (const value of numbers) {
    // The last edge belongs to the last bin, as in Plotly.
    const index = Math.min(bins - 1, Math.floor((value - low) / width));
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return { edges, counts };
}

/** A box: whiskers at the furthest values within 1.5 IQR of the quartiles, and the values beyond them. */
export interface BoxStats {
  /** [lower whisker, Q1, median, Q3, upper whisker], as ECharts' boxplot series takes them. */
  box: [number, number, number, number, number];
  outliers: number[];
}

/**
 * The box of `values` (quartiles by linear interpolation), or undefined when there is no number.
 *
 * @example
 * ```ts
 * boxStats([1, 2, 3, 4, 100]); // { box: [1, 2, 3, 4, 4], outliers: [100] }
 * ```
 */
export function boxStats(values: ArrayLike<unknown>): BoxStats | undefined {
  const sorted = finiteNumbers(values).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const q1 = quantile(sorted, 0.25);
  const median = quantile(sorted, 0.5);
  const q3 = quantile(sorted, 0.75);
  const reach = 1.5 * (q3 - q1);
  const inside = sorted.filter((value) => value >= q1 - reach && value <= q3 + reach);
  const low = inside[0] ?? q1;
  const high = inside[inside.length - 1] ?? q3;
  return {
    box: [low, q1, median, q3, high],
    outliers: sorted.filter((value) => value < low || value > high),
  };
}

/** The q-quantile of sorted numbers, interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/** [min, max] without spreading (a spread of a million arguments overflows the stack). */
export function extentOf(numbers: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of numbers) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high];
}

function finiteNumbers(values: ArrayLike<unknown>): number[] {
  const numbers: number[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (isFiniteNumber(value)) numbers.push(value);
  }
  return numbers;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
