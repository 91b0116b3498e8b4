/**
 * Series drawn as coloured cells: a heatmap (z as a matrix, or as a column beside x and y) and a density
 * map (latitude/longitude points aggregated into a grid, drawn without a tile server). The colour scale is a
 * visual map the option adds for the extent these return.
 */
import { densityGrid } from "./density_grid.ts";
import { extentOf } from "./statistics.ts";
import { baseSeries, type SeriesContext } from "./series_xy.ts";
import { categories, type SeriesPart, type TraceData } from "./trace_data.ts";

/** Cells per side of a density map: about the square root of the number of points, within these bounds. */
const MIN_CELLS = 6;
const MAX_CELLS = 40;
/** At most this many latitudes are labelled: enough to read the grid, few enough for a short chart. */
const LATITUDE_LABELS = 8;

/**
 * A heatmap trace.
 *
 * @example
 * ```ts
 * heatmapSeries(traceData(spec, { z: [[1, 2], [3, 4]] }), context).series[0].data;
 * // [[0, 0, 1], [1, 0, 2], [0, 1, 3], [1, 1, 4]]
 * ```
 */
export function heatmapSeries(trace: TraceData, context: SeriesContext): SeriesPart {
  const { x, y, z } = trace.values;
  const cells: [number, number, number | null][] = [];
  let xLabels: unknown[];
  let yLabels: unknown[];
  const matrix = z !== undefined && Array.from(z).some(Array.isArray);
  if (matrix) {
    const rows = Array.from(z, (row) => (Array.isArray(row) ? row : []));
    const width = Math.max(0, ...rows.map((row) => row.length));
    rows.forEach((row, rowIndex) =>
      row.forEach((value, column) => cells.push([column, rowIndex, typeof value === "number" ? value : null]))
    );
    xLabels = x !== undefined && x.length === width ? Array.from(x) : indexes(width);
    yLabels = y !== undefined && y.length === rows.length ? Array.from(y) : indexes(rows.length);
  } else {
    xLabels = categories(x);
    yLabels = categories(y);
    const xIndex = new Map(xLabels.map((label, index) => [label, index]));
    const yIndex = new Map(yLabels.map((label, index) => [label, index]));
    for (let row = 0; row < (z?.length ?? 0); row++) {
      const value = z?.[row];
      cells.push([
        xIndex.get(x?.[row]) ?? row,
        yIndex.get(y?.[row]) ?? 0,
        typeof value === "number" ? value : null,
      ]);
    }
  }
  const numbers = cells.map((cell) => cell[2]).filter((value): value is number => value !== null);
  return {
    series: [{
      ...baseSeries(trace, context),
      type: "heatmap",
      data: cells,
      emphasis: { itemStyle: { borderWidth: 1 } },
    }],
    xAxis: { type: "category", data: xLabels.map(String) },
    yAxis: { type: "category", data: yLabels.map(String) },
    scale: numbers.length === 0 ? [0, 1] : extentOf(numbers),
  };
}

/**
 * A density map: the points aggregated into a grid of longitude by latitude, each cell showing the mean of
 * its points' z (so the colour scale runs over z's own values, as Plotly's does), or how many points fall
 * in it when there is no z.
 *
 * @example
 * ```ts
 * densitySeries(traceData(spec, { lat: [48.85, 48.86], lon: [2.35, 2.29], z: [10, 30] }), context).scale;
 * // [10, 30]
 * ```
 */
export function densitySeries(trace: TraceData, context: SeriesContext): SeriesPart {
  const { lat, lon, z } = trace.values;
  const cells = Math.min(MAX_CELLS, Math.max(MIN_CELLS, Math.round(Math.sqrt(lat?.length ?? 0))));
  const grid = densityGrid(lon ?? [], lat ?? [], { values: z, cells });
  const values = grid.cells.map((cell) => cell[2]);
  return {
    series: [{ ...baseSeries(trace, context), type: "heatmap", data: grid.cells }],
    xAxis: { type: "category", name: "Longitude", data: coordinateLabels(grid.xs) },
    yAxis: {
      type: "category",
      name: "Latitude",
      data: coordinateLabels(grid.ys),
      // ECharts' automatic interval draws every label of a tall category axis, one on another (6.1).
      labelInterval: Math.max(0, Math.ceil(grid.ys.length / LATITUDE_LABELS) - 1),
    },
    scale: values.length === 0 ? [0, 1] : extentOf(values),
  };
}

/** Cell centres with enough decimals (two at least) that neighbouring cells read apart. */
function coordinateLabels(centres: readonly number[]): string[] {
  const step = Math.abs((centres[1] ?? 0) - (centres[0] ?? 0));
  // The epsilon keeps a step of 0.00999... (2.21 - 2.2) at two decimals.
  const decimals = step > 0 ? Math.min(8, Math.max(2, Math.ceil(-Math.log10(step) - 1e-6))) : 2;
  return centres.map((centre) => centre.toFixed(decimals));
}

function indexes(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
