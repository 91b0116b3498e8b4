/**
 * The statistics behind the trace types that summarise data rather than plot it: a histogram's bins, a box
 * plot's quartiles, a density map's grid. Pure functions over numbers; values that are not finite numbers
 * are left out.
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

/** A density grid: cell centres on each axis and `[column, row, weight]` triples for the non-empty cells. */
export interface DensityGrid {
  xs: number[];
  ys: number[];
  cells: [number, number, number][];
}

/**
 * Sums `weights` (1 each when absent) of the points (`xs[i]`, `ys[i]`) into a `size` by `size` grid.
 *
 * @example
 * ```ts
 * densityGrid([0, 0, 1], [0, 0, 1], undefined, 2).cells; // [[0, 0, 2], [1, 1, 1]]
 * ```
 */
export function densityGrid(
  xs: ArrayLike<unknown>,
  ys: ArrayLike<unknown>,
  weights: ArrayLike<unknown> | undefined,
  size: number,
): DensityGrid {
  const points: [number, number, number][] = [];
  for (let index = 0; index < Math.min(xs.length, ys.length); index++) {
    const x = xs[index];
    const y = ys[index];
    const weight = weights === undefined ? 1 : weights[index];
    if (isFiniteNumber(x) && isFiniteNumber(y) && isFiniteNumber(weight)) points.push([x, y, weight]);
  }
  if (points.length === 0) return { xs: [], ys: [], cells: [] };
  const axis = (values: number[]): { low: number; step: number; centres: number[] } => {
    const [low, high] = extentOf(values);
    const step = (high - low) / size || 1;
    return { low, step, centres: Array.from({ length: size }, (_, index) => low + (index + 0.5) * step) };
  };
  const across = axis(points.map((point) => point[0]));
  const down = axis(points.map((point) => point[1]));
  const sums = new Map<number, number>();
  for (const [x, y, weight] of points) {
    const column = Math.min(size - 1, Math.floor((x - across.low) / across.step));
    const row = Math.min(size - 1, Math.floor((y - down.low) / down.step));
    sums.set(row * size + column, (sums.get(row * size + column) ?? 0) + weight);
  }
  const cells = [...sums].sort(([a], [b]) => a - b).map(([cell, sum]): [number, number, number] => [
    cell % size,
    Math.floor(cell / size),
    sum,
  ]);
  return { xs: across.centres, ys: down.centres, cells };
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
