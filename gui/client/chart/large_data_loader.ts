/**
 * The browser's side of data held on the server (see protocol/chart_data.ts): asks for the traces reduced
 * to what the chart can show over the visible x range, and drops answers that a newer request superseded,
 * so a fast zoom never draws an old range over a new one.
 */
import {
  type ChartQuery,
  type ChartResponse,
  columnValues,
  type LargeChartData,
  type TraceSlice,
} from "../../protocol/chart_data.ts";
import { type TraceData, traceData } from "./trace_data.ts";
import { type ColumnInfo, DECIMATED_KINDS } from "./trace_roles.ts";
import type { TraceSpec } from "./trace_specs.ts";
import type { XExtent } from "./zoom_window.ts";

/** Sends a query for this chart and resolves with the server's answer. */
export type ChartRequester = (query: ChartQuery) => Promise<unknown>;

/** The x axis of data held on the server: its type and the extent of the whole data set. */
export type LargeExtent = XExtent;

/**
 * The columns of a large data set as trace resolution needs them.
 *
 * @example
 * ```ts
 * summaryColumns(summary); // [{ name: "t", numeric: false }, { name: "v", numeric: true }]
 * ```
 */
export function summaryColumns(summary: LargeChartData): ColumnInfo[] {
  return summary.columns.map((column) => ({ name: column.name, numeric: column.kind === "number" }));
}

/**
 * The x extent of the whole data set for the first trace (the row index when it has no x column), which
 * the chart's x axis spans whatever slice is loaded. Undefined when the traces load whole columns (maps,
 * heatmaps, pies): their axes are not the data's x or row index (a density map's are longitude and
 * latitude cells), so they keep the axes their own series builders give them.
 *
 * @example
 * ```ts
 * largeExtent(summary, traceSpecs({ x: "t", y: "v" }, summaryColumns(summary))); // { type: "time", min, max }
 * largeExtent(summary, traceSpecs({ type: "densitymap", lat: "lat", lon: "lon" }, columns)); // undefined
 * ```
 */
export function largeExtent(summary: LargeChartData, specs: readonly TraceSpec[]): LargeExtent | undefined {
  if (!decimatable(summary, specs)) return undefined;
  const x = specs[0]?.columns.x;
  const column = summary.columns.find((candidate) => candidate.name === x);
  if (x === undefined || column?.min === undefined || column.max === undefined) {
    return { type: "value", min: 0, max: Math.max(0, summary.length - 1) };
  }
  return { type: column.kind === "time" ? "time" : "value", min: column.min, max: column.max };
}

/** Loads the traces of one chart; `load()` resolves undefined when a newer load superseded it. */
export class LargeDataLoader {
  readonly #request: ChartRequester;
  #latest = 0;

  constructor(request: ChartRequester) {
    this.#request = request;
  }

  /**
   * The traces of `specs`, decimated to `points` each over `range` (all x when absent); traces that cannot
   * be decimated (pies, heatmaps...) make the whole columns load instead.
   */
  async load(
    summary: LargeChartData,
    specs: readonly TraceSpec[],
    points: number,
    range?: [number, number],
  ): Promise<TraceData[] | undefined> {
    const ticket = ++this.#latest;
    const decimated = decimatable(summary, specs);
    const query: ChartQuery = { points: Math.round(points) };
    if (decimated) {
      if (range !== undefined) query.range = range;
      query.traces = specs.map((spec) => {
        const trace = { y: spec.columns.y ?? "", decimator: spec.decimator };
        return spec.columns.x === undefined ? trace : { ...trace, x: spec.columns.x };
      });
    } else {
      query.columns = [...new Set(specs.flatMap((spec) => Object.values(spec.columns)))];
    }
    const response = readChartResponse(await this.#request(query));
    if (ticket !== this.#latest) return undefined;
    if (!decimated) return specs.map((spec) => traceData(spec, response.columns));
    return specs.map((spec, index) => sliceData(spec, response.traces[index]));
  }

  /** Forgets pending loads: their answers will be dropped. */
  cancel(): void {
    this.#latest++;
  }
}

/**
 * True when every trace can be decimated on the server: points drawn from a numeric y over a numeric or
 * time x (or the row index). Anything else (a pie, bars over text categories) loads whole columns.
 *
 * @example
 * ```ts
 * decimatable(summary, traceSpecs({ x: "t", y: "v" }, summaryColumns(summary))); // true for numbers
 * ```
 */
export function decimatable(summary: LargeChartData, specs: readonly TraceSpec[]): boolean {
  const kind = (name: string | undefined) => summary.columns.find((column) => column.name === name)?.kind;
  return specs.every((spec) =>
    DECIMATED_KINDS.has(spec.kind) && kind(spec.columns.y) === "number" &&
    (spec.columns.x === undefined || kind(spec.columns.x) === "number" || kind(spec.columns.x) === "time")
  );
}

function sliceData(spec: TraceSpec, slice: TraceSlice | undefined): TraceData {
  if (slice === undefined) return { spec, values: {} };
  const values = spec.columns.x === undefined ? { y: slice.y } : { x: slice.x, y: slice.y };
  return { spec, values, rows: slice.index };
}

/**
 * The server's answer, checked; throws when it is not a chart response.
 *
 * @example
 * ```ts
 * readChartResponse({ version: 1, traces: [], columns: {} });
 * ```
 */
export function readChartResponse(value: unknown): ChartResponse {
  const record = typeof value === "object" && value !== null ? value as Record<string, unknown> : {};
  const traces = record["traces"];
  const columns = record["columns"];
  const validTrace = (trace: unknown): boolean => {
    const fields = typeof trace === "object" && trace !== null ? trace as Record<string, unknown> : {};
    return Array.isArray(fields["x"]) && Array.isArray(fields["y"]) && Array.isArray(fields["index"]);
  };
  if (typeof record["version"] !== "number" || !Array.isArray(traces) || !traces.every(validTrace)) {
    throw new Error("chart: malformed response");
  }
  const checkedColumns: Record<string, unknown[]> = {};
  if (typeof columns === "object" && columns !== null) {
    for (const name of Object.keys(columns)) {
      const values = columnValues(columns, name);
      if (values !== undefined) checkedColumns[name] = Array.from(values);
    }
  }
  return { version: record["version"], traces: traces as TraceSlice[], columns: checkedColumns };
}
