/**
 * A chart's data request arrives from the browser as `unknown`: this narrows it to a ChartQuery, or throws
 * an error whose message says what is wrong (it becomes the response's `error`).
 */
import type { ChartQuery, DecimatorName, TraceQuery } from "../../protocol/chart_data.ts";

/** More points than this per trace would not fit any screen twice over. */
export const MAX_POINTS = 20_000;
const MAX_TRACES = 64;
const DECIMATORS: readonly DecimatorName[] = ["minmax", "lttb", "none"];

/**
 * The query in `value`, with `points` clamped to 2..{@linkcode MAX_POINTS}.
 *
 * @example
 * ```ts
 * readChartQuery({ points: 1600, range: [0, 10], traces: [{ y: "v", decimator: "lttb" }] });
 * readChartQuery({ points: "many" }); // throws: chart query: points must be a number
 * ```
 */
export function readChartQuery(value: unknown): ChartQuery {
  if (!isRecord(value)) throw new Error("chart query: expected an object");
  const points = value["points"];
  if (typeof points !== "number" || !Number.isFinite(points)) {
    throw new Error("chart query: points must be a number");
  }
  const query: ChartQuery = { points: Math.min(Math.max(Math.round(points), 2), MAX_POINTS) };
  const range = value["range"];
  if (range !== undefined && range !== null) {
    if (
      !Array.isArray(range) || range.length !== 2 ||
      !range.every((end) => typeof end === "number" && !Number.isNaN(end))
    ) {
      throw new Error("chart query: range must be [low, high]");
    }
    const [low, high] = range as [number, number];
    query.range = low <= high ? [low, high] : [high, low];
  }
  const traces = value["traces"];
  if (traces !== undefined) {
    if (!Array.isArray(traces) || traces.length > MAX_TRACES) {
      throw new Error("chart query: traces must be a short list");
    }
    query.traces = traces.map(readTrace);
  }
  const columns = value["columns"];
  if (columns !== undefined) {
    if (
      !Array.isArray(columns) || columns.length > MAX_TRACES ||
      !columns.every((name) => typeof name === "string")
    ) {
      throw new Error("chart query: columns must be a short list of names");
    }
    query.columns = columns as string[];
  }
  return query;
}

function readTrace(value: unknown): TraceQuery {
  if (!isRecord(value) || typeof value["y"] !== "string") {
    throw new Error("chart query: each trace needs a y column");
  }
  const decimator = value["decimator"] ?? "minmax";
  if (!DECIMATORS.includes(decimator as DecimatorName)) {
    throw new Error(`chart query: decimator must be one of ${DECIMATORS.join(", ")}`);
  }
  const trace: TraceQuery = { y: value["y"], decimator: decimator as DecimatorName };
  const x = value["x"];
  if (x !== undefined && x !== null) {
    if (typeof x !== "string") throw new Error("chart query: a trace's x must be a column name");
    trace.x = x;
  }
  return trace;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
