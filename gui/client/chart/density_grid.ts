/**
 * The grid behind a density map: points on two numeric axes (longitude and latitude) aggregated into cells.
 * A pure function; points whose coordinates or value are not finite numbers are left out.
 */
import { extentOf } from "./statistics.ts";

/** A density grid: cell centres on each axis and `[column, row, value]` triples for the non-empty cells. */
export interface DensityGrid {
  xs: number[];
  ys: number[];
  cells: [number, number, number][];
}

/** How {@linkcode densityGrid} aggregates. */
export interface DensityGridOptions {
  /**
   * A value per point: each cell shows the mean of its points' values, so the scale stays in the values'
   * units whatever the grid's resolution (a sum would grow with the number of points per cell). Absent:
   * each cell counts its points.
   */
  values?: ArrayLike<unknown> | undefined;
  /** The most cells per side. An axis with no more distinct values than this gets one cell per value. */
  cells: number;
}

/**
 * Aggregates the points (`xs[i]`, `ys[i]`) into a grid of at most `cells` by `cells`: the mean of `values`
 * per cell, or the number of points when there are no values.
 *
 * @example
 * ```ts
 * densityGrid([0, 0, 1], [0, 0, 1], { cells: 2 }).cells; // [[0, 0, 2], [1, 1, 1]]
 * densityGrid([0, 0, 1], [0, 0, 1], { values: [4, 6, 1], cells: 2 }).cells; // [[0, 0, 5], [1, 1, 1]]
 * ```
 */
export function densityGrid(
  xs: ArrayLike<unknown>,
  ys: ArrayLike<unknown>,
  options: DensityGridOptions,
): DensityGrid {
  const { values } = options;
  const points: [number, number, number][] = [];
  for (let index = 0; index < Math.min(xs.length, ys.length); index++) {
    const x = xs[index];
    const y = ys[index];
    const value = values === undefined ? 1 : values[index];
    if (isFiniteNumber(x) && isFiniteNumber(y) && isFiniteNumber(value)) points.push([x, y, value]);
  }
  if (points.length === 0) return { xs: [], ys: [], cells: [] };
  const size = Math.max(1, Math.round(options.cells));
  const across = axisCells(points.map((point) => point[0]), size);
  const down = axisCells(points.map((point) => point[1]), size);
  const width = across.centres.length;
  const totals = new Map<number, { sum: number; count: number }>();
  for (const [x, y, value] of points) {
    const cell = down.cellOf(y) * width + across.cellOf(x);
    const total = totals.get(cell);
    if (total === undefined) totals.set(cell, { sum: value, count: 1 });
    else {
      total.sum += value;
      total.count++;
    }
  }
  const cells = [...totals].sort(([a], [b]) => a - b).map((
    [cell, { sum, count }],
  ): [number, number, number] => [
    cell % width,
    Math.floor(cell / width),
    values === undefined ? count : sum / count,
  ]);
  return { xs: across.centres, ys: down.centres, cells };
}

/** One axis of a density grid: its cell centres and the cell a coordinate falls in. */
interface AxisCells {
  centres: number[];
  cellOf(value: number): number;
}

/**
 * Coordinates on a lattice (a sensor grid, a raster) get one cell per distinct value, so that no row of
 * cells falls between two lattice lines and stays empty; others get `size` cells of equal width.
 */
function axisCells(values: number[], size: number): AxisCells {
  const distinct = distinctUpTo(values, size);
  if (distinct !== undefined) {
    const centres = [...distinct].sort((a, b) => a - b);
    const positions = new Map(centres.map((value, index) => [value, index]));
    return { centres, cellOf: (value) => positions.get(value) ?? 0 };
  }
  // More than `size` distinct values, so high > low.
  const [low, high] = extentOf(values);
  const step = (high - low) / size;
  return {
    centres: Array.from({ length: size }, (_, index) => low + (index + 0.5) * step),
    // The top edge belongs to the last cell.
    cellOf: (value) => Math.min(size - 1, Math.floor((value - low) / step)),
  };
}

/** The distinct values, or undefined as soon as there are more than `limit` of them. */
function distinctUpTo(values: readonly number[], limit: number): Set<number> | undefined {
  const seen = new Set<number>();
  for (const value of values) {
    seen.add(value);
    if (seen.size > limit) return undefined;
  }
  return seen;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
