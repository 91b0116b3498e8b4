/**
 * A trace with its values: each role's column (from data held whole, or from a decimated slice the server
 * sent), and what the builders of its ECharts series return.
 */
import { columnNames, columnValues } from "../../protocol/chart_data.ts";
import type { ColumnInfo, Role } from "./trace_roles.ts";
import type { TraceSpec } from "./trace_specs.ts";

export interface TraceData {
  spec: TraceSpec;
  values: Partial<Record<Role, ArrayLike<unknown>>>;
  /** The data row of each point, when the points are a subset of the rows (a decimated slice). */
  rows?: ArrayLike<number>;
}

/** An axis as a series builder wants it. */
export interface AxisSpec {
  type: "value" | "category" | "time" | "log";
  data?: unknown[];
  name?: string;
  scale?: boolean;
  min?: number;
  max?: number;
  /** Show every (interval + 1)th label of a category axis; absent: ECharts' own choice. */
  labelInterval?: number;
}

/** What one trace adds to the option. */
export interface SeriesPart {
  series: Record<string, unknown>[];
  xAxis?: AxisSpec;
  yAxis?: AxisSpec;
  /** For a colour scale (heatmap, density): the extent of the values it maps. */
  scale?: [number, number];
}

/**
 * The trace's columns read from data held whole.
 *
 * @example
 * ```ts
 * traceData(spec, { t: [1, 2], v: [3, 4] }); // { spec, values: { x: [1, 2], y: [3, 4] } }
 * ```
 */
export function traceData(spec: TraceSpec, data: unknown): TraceData {
  const values: Partial<Record<Role, ArrayLike<unknown>>> = {};
  for (const [role, name] of Object.entries(spec.columns) as [Role, string][]) {
    const column = columnValues(data, name);
    if (column !== undefined) values[role] = column;
  }
  return { spec, values };
}

/**
 * The axis type for a column of x values: numbers are a value axis, ISO dates a time axis, anything
 * else categories (no column: the row index, a value axis).
 *
 * @example
 * ```ts
 * axisTypeOf(["2024-01-01", "2024-01-02"]); // "time"
 * ```
 */
export function axisTypeOf(values: ArrayLike<unknown> | undefined): "value" | "time" | "category" {
  if (values === undefined) return "value";
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined) continue;
    if (typeof value === "number") return "value";
    if (value instanceof Date || (typeof value === "string" && /^\d{4}-\d\d-\d\d/.test(value))) return "time";
    return "category";
  }
  return "value";
}

/** The value at `index`, or the index itself when there is no column. */
export function valueAt(column: ArrayLike<unknown> | undefined, index: number): unknown {
  return column === undefined ? index : column[index];
}

/** Distinct values in first-seen order, as category labels. */
export function categories(values: ArrayLike<unknown> | undefined): unknown[] {
  if (values === undefined) return [];
  const seen = new Set<unknown>();
  for (let index = 0; index < values.length; index++) seen.add(values[index]);
  return [...seen];
}

/**
 * The columns of data held whole, numeric when their first value is a number.
 *
 * @example
 * ```ts
 * columnInfos([{ t: "a", v: 1 }]); // [{ name: "t", numeric: false }, { name: "v", numeric: true }]
 * ```
 */
export function columnInfos(data: unknown): ColumnInfo[] {
  return columnNames(data).map((name) => {
    const values = columnValues(data, name) ?? [];
    let first: unknown;
    for (let index = 0; index < values.length && (first === undefined || first === null); index++) {
      first = values[index];
    }
    return { name, numeric: typeof first === "number" };
  });
}
