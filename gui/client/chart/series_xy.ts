/**
 * Series drawn point by point from x and y: scatter (lines, markers or both), bar, and maps drawn as
 * longitude/latitude scatter on plain axes (no tile server).
 */
import type { ChartTheme } from "./chart_theme.ts";
import {
  type AxisSpec,
  axisTypeOf,
  categories,
  type SeriesPart,
  type TraceData,
  valueAt,
} from "./trace_data.ts";

/** Above this many points a scatter series switches to ECharts' large (batched) drawing. */
const LARGE_SCATTER = 2000;

/** What every series builder needs besides its trace. */
export interface SeriesContext {
  theme: ChartTheme;
  /** Plotly's `layout.barmode`: "stack" stacks bars (and filled areas). */
  barmode: string;
}

/**
 * A scatter or line series, or a bar series, from x and y.
 *
 * @example
 * ```ts
 * xySeries(traceData(spec, { x: [1, 2], y: [3, 4] }), context).series[0].data; // [[1, 3], [2, 4]]
 * ```
 */
export function xySeries(trace: TraceData, context: SeriesContext): SeriesPart {
  const { spec, values } = trace;
  const points = pairs(values.x, values.y, values.text);
  const base = baseSeries(trace, context);
  if (spec.kind === "bar") {
    const series: Record<string, unknown> = { ...base, type: "bar", data: points };
    if (context.barmode === "stack" || context.barmode === "relative") series["stack"] = "bars";
    return { series: [series], xAxis: barAxis(values.x, points.length) };
  }
  return {
    series: [pointSeries(base, spec.lines, spec.markers, points)],
    xAxis: { type: axisTypeOf(values.x) },
  };
}

/**
 * A map trace as a scatter of longitude (x) against latitude (y).
 *
 * @example
 * ```ts
 * mapSeries(traceData(spec, { lat: [48.8], lon: [2.35] }), context).series[0].data; // [[2.35, 48.8]]
 * ```
 */
export function mapSeries(trace: TraceData, context: SeriesContext): SeriesPart {
  const { values } = trace;
  const points = pairs(values.lon ?? [], values.lat ?? [], values.text);
  return {
    series: [pointSeries(baseSeries(trace, context), false, true, points)],
    xAxis: { type: "value", name: "Longitude", scale: true },
    yAxis: { type: "value", name: "Latitude", scale: true },
  };
}

/** Id, name, colour, click selection: shared by every series. */
export function baseSeries(trace: TraceData, context: SeriesContext): Record<string, unknown> {
  const { spec } = trace;
  const series: Record<string, unknown> = {
    id: `trace-${spec.trace}-${spec.kind}`,
    name: spec.name,
    selectedMode: "multiple",
    select: { itemStyle: { borderColor: context.theme.text, borderWidth: 2 } },
  };
  if (spec.color !== undefined) {
    series["itemStyle"] = { color: spec.color };
    series["lineStyle"] = { color: spec.color };
  }
  return series;
}

/** Lines with more points than this are drawn without markers. */
const MAX_MARKERS = 500;

function pointSeries(
  base: Record<string, unknown>,
  lines: boolean,
  markers: boolean,
  points: unknown[],
): Record<string, unknown> {
  if (!lines) {
    return { ...base, type: "scatter", symbolSize: 7, large: points.length > LARGE_SCATTER, data: points };
  }
  // A line without markers still shows the point under the pointer, so it can be clicked. Past a few
  // hundred points markers only blur the line and cost a draw call each on every frame of a live chart.
  const showSymbol = markers && points.length <= MAX_MARKERS;
  return { ...base, type: "line", showSymbol, symbolSize: 6, connectNulls: false, data: points };
}

/** [x, y] pairs (the row index when there is no x); a point with a text label is an item with a name. */
function pairs(
  xs: ArrayLike<unknown> | undefined,
  ys: ArrayLike<unknown> | undefined,
  texts: ArrayLike<unknown> | undefined,
): unknown[] {
  if (ys === undefined) return [];
  const points = new Array<unknown>(ys.length);
  for (let index = 0; index < ys.length; index++) {
    const y = ys[index];
    const point = [valueAt(xs, index), typeof y === "number" || typeof y === "string" ? y : null];
    const text = texts?.[index];
    points[index] = text === undefined || text === null ? point : { value: point, name: String(text) };
  }
  return points;
}

/** Bars stand on their x values; without x, on categories numbered like the rows. */
function barAxis(xs: ArrayLike<unknown> | undefined, length: number): AxisSpec {
  if (xs === undefined) {
    return {
      type: "category",
      data: Array.from({ length }, (_, index) => String(index)),
    };
  }
  const type = axisTypeOf(xs);
  return type === "category" ? { type, data: categories(xs).map(String) } : { type };
}
