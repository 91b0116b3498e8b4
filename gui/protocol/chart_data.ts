/**
 * A chart's data as both sides read it, and how a large one travels. Small data travels whole in patches
 * (and grows by deltas); above a threshold the server sends a {@linkcode LargeChartData} summary instead,
 * and the browser asks for what it can show (a {@linkcode ChartQuery}: columns reduced to about twice its
 * pixel width over the visible range), again after each zoom.
 *
 * Data is an array of records (`[{x: 1, y: 2}]`), an object of columns (`{x: [1], y: [2]}`, typed arrays
 * allowed on the server), or a bare array of values (one column named "value").
 */

/** The name of the single column of data given as a bare array of values. */
export const VALUE_COLUMN = "value";

/** What a column holds, as far as a chart's axes care. */
export type ColumnKind = "number" | "time" | "other";

/** One column of a large data set: its kind and, for numbers and times (as epoch ms), its extent. */
export interface ColumnSummary {
  name: string;
  kind: ColumnKind;
  min?: number;
  max?: number;
}

/** What a large `data` value becomes on the wire. `version` changes whenever the data does. */
export interface LargeChartData {
  largeChartData: true;
  version: number;
  length: number;
  columns: ColumnSummary[];
}

/** How a trace's points are reduced: MinMax keeps each bucket's extremes, LTTB the shape of a line. */
export type DecimatorName = "minmax" | "lttb" | "none";

/** One trace the browser wants decimated: its y column, its x column (else the row index). */
export interface TraceQuery {
  x?: string;
  y: string;
  decimator: DecimatorName;
}

/** The browser asks for decimated traces over an x range, or for whole columns. */
export interface ChartQuery {
  /** About how many points per trace the browser can show (twice its pixel width). */
  points: number;
  /** The visible x range (numbers, or epoch ms for times); absent for everything. */
  range?: [number, number];
  traces?: TraceQuery[];
  /** Columns wanted whole (a pie's labels and values): for traces that cannot be decimated. */
  columns?: string[];
}

/**
 * The user zoomed or panned: the server calls the chart's `on_range_change` with this payload. Values are
 * what the x axis holds: numbers, ISO dates for a time axis, or category labels.
 */
export interface RangeChangeQuery {
  rangeChange: { x: [number | string, number | string] };
}

/** One decimated trace: x (numbers or epoch ms; row indexes when the trace has no x column), y and the rows. */
export interface TraceSlice {
  x: number[];
  y: (number | null)[];
  /** The row of each point in the full data, for clicks and selection. */
  index: number[];
}

/** The answer to a {@linkcode ChartQuery}, for the data `version` it was computed from. */
export interface ChartResponse {
  version: number;
  traces: TraceSlice[];
  columns: Record<string, unknown[]>;
}

/**
 * True for a large data summary.
 *
 * @example
 * ```ts
 * isLargeChartData({ largeChartData: true, version: 1, length: 1e6, columns: [] }); // true
 * ```
 */
export function isLargeChartData(value: unknown): value is LargeChartData {
  return isRecord(value) && value["largeChartData"] === true && typeof value["version"] === "number" &&
    Array.isArray(value["columns"]);
}

/**
 * The column names of a data value, in order.
 *
 * @example
 * ```ts
 * columnNames([{ t: 1, v: 2 }]); // ["t", "v"]
 * columnNames({ t: [1], v: [2] }); // ["t", "v"]
 * ```
 */
export function columnNames(data: unknown): string[] {
  if (Array.isArray(data)) {
    const first = data.find((row) => row !== null && row !== undefined);
    return isRecord(first) ? Object.keys(first) : data.length > 0 ? [VALUE_COLUMN] : [];
  }
  if (isRecord(data)) return Object.keys(data).filter((name) => isColumn(data[name]));
  return [];
}

/**
 * One column's values, or undefined when the data has no such column. Records are read row by row; an
 * object's arrays (or typed arrays) are returned as they are.
 *
 * @example
 * ```ts
 * columnValues([{ t: 1 }, { t: 2 }], "t"); // [1, 2]
 * ```
 */
export function columnValues(data: unknown, name: string): ArrayLike<unknown> | undefined {
  if (Array.isArray(data)) {
    if (data.some(isRecord)) {
      if (!data.some((row) => isRecord(row) && name in row)) return undefined;
      return data.map((row) => (isRecord(row) ? row[name] : undefined));
    }
    return name === VALUE_COLUMN ? data : undefined;
  }
  if (isRecord(data)) {
    const column = data[name];
    return isColumn(column) ? column : undefined;
  }
  return undefined;
}

/**
 * The number of rows: the array's length, or the longest column's.
 *
 * @example
 * ```ts
 * rowCount({ x: [1, 2, 3], y: [1, 2] }); // 3
 * ```
 */
export function rowCount(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (!isRecord(data)) return 0;
  let count = 0;
  for (const value of Object.values(data)) if (isColumn(value)) count = Math.max(count, value.length);
  return count;
}

function isColumn(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
