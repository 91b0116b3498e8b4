/**
 * The server's side of a chart's `data`: small data travels as it is, large data as a summary (see
 * protocol/chart_data.ts). The numeric form of a large data set's columns is computed once per data
 * object and kept while the object lives, so that each zoom costs a binary search and one decimation.
 */
import {
  columnNames,
  type ColumnSummary,
  columnValues,
  type LargeChartData,
  rowCount,
  VALUE_COLUMN,
} from "../../protocol/chart_data.ts";

/** Above this many rows, data no longer travels in patches: the browser asks for what it shows. */
export const LARGE_DATA_ROWS = 5000;

/** Where a summary keeps the data it summarises; symbols never reach JSON, so it stays on the server. */
const SOURCE: unique symbol = Symbol("chart data source");

type Summary = LargeChartData & { [SOURCE]: object };

/** A large data set made ready for requests. */
export interface PreparedData {
  summary: LargeChartData;
  /** Numbers (times as epoch ms; NaN for missing values), by column name; computed on first use. */
  numeric(name: string): Float64Array | undefined;
  /** True when the column never decreases (ignoring NaN), so that a range is found by binary search. */
  ascending(name: string): boolean;
}

const prepared = new WeakMap<object, { rows: number; data: PreparedData }>();
let nextVersion = 1;

/**
 * What `data` travels as: the value itself while it is small (typed-array columns as plain arrays), a
 * summary of its columns when it has more than {@linkcode LARGE_DATA_ROWS} rows.
 *
 * @example
 * ```ts
 * chartData({ x: [1, 2], y: [3, 4] }); // the same object
 * chartData({ x: new Float64Array(1e6), y: new Float64Array(1e6) }); // { largeChartData: true, version, length: 1e6, columns }
 * ```
 */
export function chartData(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (rowCount(value) <= LARGE_DATA_ROWS) return plainColumns(value);
  const summary: Summary = { ...prepareData(value).summary, [SOURCE]: value };
  return summary;
}

/** The data a value of `chartData()` stands for: a summary's source, or the value itself. */
export function sourceData(value: unknown): unknown {
  return typeof value === "object" && value !== null && SOURCE in value ? (value as Summary)[SOURCE] : value;
}

/**
 * The prepared form of a data object, made on first use and kept while the object lives. A data set that
 * grew or shrank in place (and was refreshed) is prepared again, under a new version.
 */
export function prepareData(data: object): PreparedData {
  const rows = rowCount(data);
  const known = prepared.get(data);
  if (known !== undefined && known.rows === rows) return known.data;
  const numeric = new Map<string, Float64Array | undefined>();
  const ascending = new Map<string, boolean>();
  const numericOf = (name: string): Float64Array | undefined => {
    if (!numeric.has(name)) numeric.set(name, toNumbers(data, name, rows));
    return numeric.get(name);
  };
  const columns: ColumnSummary[] = columnNames(data).map((name) => {
    const kind = columnKind(readerOf(data, name), rows);
    if (kind === "other") return { name, kind };
    let min = Infinity;
    let max = -Infinity;
    for (const value of numericOf(name) ?? []) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
    return min <= max ? { name, kind, min, max } : { name, kind };
  });
  const result: PreparedData = {
    summary: { largeChartData: true, version: nextVersion++, length: rows, columns },
    numeric: numericOf,
    ascending: (name) => {
      let known = ascending.get(name);
      if (known === undefined) {
        known = isAscending(numericOf(name));
        ascending.set(name, known);
      }
      return known;
    },
  };
  prepared.set(data, { rows, data: result });
  return result;
}

/** "time" for dates and date strings, "number" for numbers, else "other", judged by the first value. */
function columnKind(read: ((row: number) => unknown) | undefined, rows: number): ColumnSummary["kind"] {
  if (read === undefined) return "other";
  for (let row = 0; row < rows; row++) {
    const value = read(row);
    if (value === null || value === undefined) continue;
    if (typeof value === "number") return "number";
    if (value instanceof Date) return "time";
    return typeof value === "string" && /^\d{4}-\d\d-\d\d/.test(value) ? "time" : "other";
  }
  return "other";
}

function toNumbers(data: object, name: string, rows: number): Float64Array | undefined {
  // A Float64Array column is used as it is: no copy of a million numbers.
  const column = Array.isArray(data) ? undefined : columnValues(data, name);
  if (column instanceof Float64Array && column.length === rows) return column;
  const read = readerOf(data, name);
  if (read === undefined) return undefined;
  const numbers = new Float64Array(rows);
  for (let row = 0; row < rows; row++) numbers[row] = toNumber(read(row));
  return numbers;
}

/**
 * Reads one column row by row without copying it (records are not turned into a column array first);
 * undefined when the data has no such column.
 */
function readerOf(data: object, name: string): ((row: number) => unknown) | undefined {
  if (!Array.isArray(data)) {
    const column = columnValues(data, name);
    return column === undefined ? undefined : (row) => column[row];
  }
  if (!columnNames(data).includes(name)) return undefined;
  const records = data as unknown[];
  if (name === VALUE_COLUMN && !records.some((row) => typeof row === "object" && row !== null)) {
    return (row) => records[row];
  }
  return (row) => {
    const record = records[row];
    return typeof record === "object" && record !== null
      ? (record as Record<string, unknown>)[name]
      : undefined;
  };
}

function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "string") return Date.parse(value);
  if (typeof value === "bigint") return Number(value);
  return NaN;
}

function isAscending(values: Float64Array | undefined): boolean {
  if (values === undefined) return false;
  let previous = -Infinity;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    if (value < previous) return false;
    previous = value;
  }
  return true;
}

/** Typed arrays do not travel as JSON arrays: an object of columns gets plain arrays instead. */
function plainColumns(value: object): unknown {
  if (Array.isArray(value) || !Object.values(value).some((column) => ArrayBuffer.isView(column))) {
    return value;
  }
  const columns: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(value)) {
    columns[name] = ArrayBuffer.isView(column) && !(column instanceof DataView)
      ? Array.from(column as unknown as ArrayLike<unknown>)
      : column;
  }
  return columns;
}
