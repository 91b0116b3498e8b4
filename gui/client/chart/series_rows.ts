/**
 * Between what ECharts reports (a series index and a data index) and what the app sees (a trace number
 * and a data row): the two differ when a series shows a decimated slice, or when a trace has extra series
 * (a box plot's outliers).
 */
import type { TraceData } from "./trace_data.ts";
import type { XExtent } from "./zoom_window.ts";

/** What a series of the option shows: trace `trace` (from 1), and the data row of each point. */
export interface SeriesRows {
  trace: number;
  rows: ArrayLike<number> | undefined;
}

/**
 * For each series of an option, its trace and rows; undefined for series that show no rows (outliers).
 *
 * @example
 * ```ts
 * seriesRows([{ id: "trace-1-scatter" }, { id: "trace-1-outliers" }], traces); // [{ trace: 1, rows }, undefined]
 * ```
 */
export function seriesRows(
  series: readonly Record<string, unknown>[],
  traces: readonly TraceData[],
): (SeriesRows | undefined)[] {
  return series.map((item) => {
    const match = /^trace-(\d+)-(\w+)$/.exec(String(item["id"] ?? ""));
    if (match === null || match[2] === "outliers") return undefined;
    const trace = Number(match[1]);
    return { trace, rows: traces.find((candidate) => candidate.spec.trace === trace)?.rows };
  });
}

/** The data row of point `dataIndex`. */
export function rowOf(series: SeriesRows, dataIndex: number): number {
  return series.rows === undefined ? dataIndex : (series.rows[dataIndex] ?? dataIndex);
}

/** What ECharts tells of a click on a point. */
export interface ClickEvent {
  seriesIndex?: number;
  dataIndex?: number;
  value?: unknown;
  name?: string;
}

/**
 * What `on_click` receives for a click on a point: its x and y, its data row and its trace (from 1);
 * undefined for a click on no point of a trace.
 *
 * @example
 * ```ts
 * clickPayload([{ trace: 1, rows: [0, 10] }], { seriesIndex: 0, dataIndex: 1, value: [5, 7] });
 * // { x: 5, y: 7, index: 10, trace: 1 }
 * ```
 */
export function clickPayload(
  series: readonly (SeriesRows | undefined)[],
  event: ClickEvent,
): { x: unknown; y: unknown; index: number; trace: number } | undefined {
  const item = series[event.seriesIndex ?? -1];
  if (item === undefined || event.dataIndex === undefined) return undefined;
  // Points are [x, y]; a pie slice or a bar of a category axis is a value with a name.
  const [x, y] = Array.isArray(event.value) ? event.value : [event.name, event.value];
  return { x, y, index: rowOf(item, event.dataIndex), trace: item.trace };
}

/**
 * The data indexes showing `rows` (rows not shown, in a decimated slice, are left out).
 *
 * @example
 * ```ts
 * dataIndexesOf({ trace: 1, rows: [0, 10, 20] }, [10, 15]); // [1]
 * ```
 */
export function dataIndexesOf(series: SeriesRows, rows: readonly number[]): number[] {
  if (series.rows === undefined) return [...rows];
  const positions = new Map<number, number>();
  for (let index = 0; index < series.rows.length; index++) positions.set(series.rows[index] as number, index);
  return rows.flatMap((row) => {
    const position = positions.get(row);
    return position === undefined ? [] : [position];
  });
}

/**
 * A `selected` value as row numbers: an array of non-negative integers, else none.
 *
 * @example
 * ```ts
 * selectedRows([3, "x", 1]); // [3, 1]
 * ```
 */
export function selectedRows(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value.filter((row): row is number => typeof row === "number" && Number.isInteger(row) && row >= 0);
}

/** The property a trace's selection is bound to: `selected[n]`, or plain `selected` for the first trace. */
export function selectedProperty(
  trace: number,
  bindings: Readonly<Record<string, string>>,
): string | undefined {
  const indexed = `selected[${trace}]`;
  if (bindings[indexed] !== undefined) return indexed;
  return trace === 1 && bindings["selected"] !== undefined ? "selected" : undefined;
}

/** The x extent of traces held whole (numbers, or times as epoch ms), for turning zoom percents into values. */
export function xExtentOf(traces: readonly TraceData[]): XExtent | undefined {
  let min = Infinity;
  let max = -Infinity;
  let time = false;
  for (const { values } of traces) {
    const xs = values.x ?? values.y;
    const own = values.x === undefined;
    for (let index = 0; index < (xs?.length ?? 0); index++) {
      const raw = own ? index : xs?.[index];
      const value = typeof raw === "number" ? raw : typeof raw === "string" ? Date.parse(raw) : NaN;
      if (typeof raw === "string" && !Number.isNaN(value)) time = true;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return min <= max ? { type: time ? "time" : "value", min, max } : undefined;
}
