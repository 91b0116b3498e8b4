/**
 * Answers a chart's data requests: each trace cut to the visible x range and decimated to the number of
 * points the browser can show, or whole columns for traces that cannot be decimated (a pie's slices).
 */
import {
  type ChartResponse,
  columnValues,
  type TraceQuery,
  type TraceSlice,
} from "../../protocol/chart_data.ts";
import type { ElementView } from "../element_definition.ts";
import { prepareData, type PreparedData, sourceData } from "./large_data.ts";
import { lttbDecimate } from "./lttb_decimate.ts";
import { minMaxDecimate } from "./min_max_decimate.ts";
import { readChartQuery } from "./read_chart_query.ts";

/**
 * The chart element's `request` handler: a data query (see ChartQuery), or a range change that calls the
 * chart's `on_range_change` (see RangeChangeQuery).
 *
 * @example
 * ```ts
 * await chartRequest({ points: 2000, range: [0, 100], traces: [{ y: "v", decimator: "minmax" }] }, view);
 * // { version, traces: [{ x: [...], y: [...], index: [...] }], columns: {} }
 * ```
 */
export async function chartRequest(query: unknown, element: ElementView): Promise<ChartResponse | null> {
  if (typeof query === "object" && query !== null && "rangeChange" in query) {
    return await rangeChanged(query.rangeChange, element);
  }
  return dataFor(query, element);
}

async function rangeChanged(payload: unknown, element: ElementView): Promise<null> {
  const x = typeof payload === "object" && payload !== null && "x" in payload ? payload.x : undefined;
  const isEnd = (end: unknown): boolean =>
    typeof end === "string" || (typeof end === "number" && Number.isFinite(end));
  if (!Array.isArray(x) || x.length !== 2 || !x.every(isEnd)) {
    throw new Error("chart range: expected {x: [low, high]}");
  }
  const callback = element.value("on_range_change");
  if (typeof callback === "string") await element.call(callback, [element.value("id") ?? undefined, { x }]);
  return null;
}

function dataFor(query: unknown, element: ElementView): ChartResponse {
  const { points, range, traces = [], columns = [] } = readChartQuery(query);
  const data = sourceData(element.value("data"));
  if (typeof data !== "object" || data === null) return { version: 0, traces: [], columns: {} };
  const prepared = prepareData(data);
  const response: ChartResponse = {
    version: prepared.summary.version,
    traces: traces.map((trace) => sliceTrace(prepared, trace, points, range)),
    columns: {},
  };
  for (const name of columns) {
    const values = columnValues(data, name);
    if (values === undefined) throw new Error(`chart data has no column "${name}"`);
    response.columns[name] = Array.from(values);
  }
  return response;
}

/** The rows of one trace inside `range`, decimated to about `points`. */
export function sliceTrace(
  prepared: PreparedData,
  trace: TraceQuery,
  points: number,
  range?: [number, number],
): TraceSlice {
  const ys = prepared.numeric(trace.y);
  if (ys === undefined) throw new Error(`chart data has no column "${trace.y}"`);
  const xs = trace.x === undefined ? undefined : prepared.numeric(trace.x);
  if (trace.x !== undefined && xs === undefined) throw new Error(`chart data has no column "${trace.x}"`);
  const length = ys.length;
  let rows: number[];
  if (xs === undefined || prepared.ascending(trace.x ?? "")) {
    const [start, end] = range === undefined ? [0, length] : rowsWithin(xs, length, range);
    rows = decimate(trace, xs, ys, points, start, end);
  } else {
    // A cloud of points: the range is a filter, and the rows kept are decimated in their own order.
    const inside = range === undefined
      ? Array.from({ length }, (_, row) => row)
      : Array.from({ length }, (_, row) => row).filter((row) =>
        (xs[row] as number) >= range[0] && (xs[row] as number) <= range[1]
      );
    const subX = Float64Array.from(inside, (row) => xs[row] as number);
    const subY = Float64Array.from(inside, (row) => ys[row] as number);
    rows = decimate(trace, subX, subY, points, 0, inside.length).map((position) =>
      inside[position] as number
    );
  }
  return {
    x: rows.map((row) => (xs === undefined ? row : xs[row] as number)),
    y: rows.map((row) => {
      const y = ys[row] as number;
      return Number.isFinite(y) ? y : null;
    }),
    index: rows,
  };
}

function decimate(
  trace: TraceQuery,
  xs: Float64Array | undefined,
  ys: Float64Array,
  points: number,
  start: number,
  end: number,
): number[] {
  switch (trace.decimator) {
    case "none":
      return Array.from({ length: end - start }, (_, offset) => start + offset);
    case "lttb":
      return lttbDecimate(xs, ys, { target: points, start, end });
    case "minmax":
      return minMaxDecimate(ys, { target: points, start, end });
  }
}

/**
 * The rows [start, end) whose x lies in `range` on an ascending column, widened by one row on each side so
 * that a line reaches the edges of the view.
 */
function rowsWithin(
  xs: Float64Array | undefined,
  length: number,
  [low, high]: [number, number],
): [number, number] {
  if (xs === undefined) {
    return [Math.max(0, Math.floor(low) - 1), Math.min(length, Math.ceil(high) + 2)];
  }
  const first = lowerBound(xs, low);
  const last = lowerBound(xs, high, true);
  return [Math.max(0, first - 1), Math.min(length, last + 1)];
}

/** The first row whose x is >= value (> value when `after`); NaN rows are skipped over by bisection. */
function lowerBound(xs: Float64Array, value: number, after = false): number {
  let low = 0;
  let high = xs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const x = xs[middle] as number;
    if (x < value || (after && x === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
