/**
 * Which columns a table shows, in which order and under which titles: all the data's columns, or those its
 * `columns` property names, as Taipy accepts it: `"a;b;c"`, a list, or a dict
 * `{ "a": { "title": "A", "format": "%.2f", "index": 0 } }`.
 */
import type { ColumnInfo, ColumnType } from "../../protocol/table_wire.ts";
import { toBoolean, toCssLength } from "../coerce.ts";
import type { RowColumn } from "./render_row.ts";

/** A column as the table shows it. */
export interface DisplayColumn {
  name: string;
  title: string;
  type: ColumnType;
  /** From the dict form of `columns`; `format[col]` is applied by the table on top. */
  format?: string;
}

/**
 * @example
 * ```ts
 * const data = [{ name: "a", type: "number" as const }, { name: "b", type: "string" as const }];
 * displayColumns("b", data); // [{ name: "b", title: "b", type: "string" }]
 * displayColumns({ a: { title: "Alpha" } }, data); // [{ name: "a", title: "Alpha", type: "number" }]
 * ```
 */
export function displayColumns(columns: unknown, available: readonly ColumnInfo[]): DisplayColumn[] {
  const types = new Map(available.map((column) => [column.name, column.type]));
  const shown = (name: string, title = name): DisplayColumn => ({
    name,
    title,
    type: types.get(name) ?? "any",
  });
  if (typeof columns === "string" && columns.trim() !== "") {
    return columns.split(";").map((name) => name.trim()).filter((name) => name !== "").map((name) =>
      shown(name)
    );
  }
  if (Array.isArray(columns) && columns.length > 0) return columns.map((name) => shown(String(name)));
  if (
    typeof columns === "object" && columns !== null && !Array.isArray(columns) &&
    Object.keys(columns).length > 0
  ) {
    return fromDict(columns as Record<string, unknown>, shown);
  }
  return available.map((column) => shown(column.name));
}

function fromDict(
  columns: Record<string, unknown>,
  shown: (name: string, title?: string) => DisplayColumn,
): DisplayColumn[] {
  const entries = Object.entries(columns).map(([name, settings], position) => {
    const options = typeof settings === "object" && settings !== null
      ? settings as Record<string, unknown>
      : {};
    const column = shown(name, typeof options.title === "string" ? options.title : name);
    if (typeof options.format === "string" && options.format !== "") column.format = options.format;
    // Without an index the dict's order holds; given indexes come first, in their order.
    const index = typeof options.index === "number" ? options.index : Number.POSITIVE_INFINITY;
    return { column, index, position };
  });
  entries.sort((a, b) => a.index - b.index || a.position - b.position);
  return entries.map((entry) => entry.column);
}

/**
 * The shown columns with their settings from the table's properties (`read` gives a property's value):
 * `format[col]`, `width[col]`, `editable[col]` (over `editable`), `number_format`, `date_format`, `nan_value`.
 *
 * @example
 * ```ts
 * rowColumns(displayColumns(undefined, summary.columns), (name) => props[name], true);
 * ```
 */
export function rowColumns(
  columns: readonly DisplayColumn[],
  read: (name: string) => unknown,
  editable: boolean,
): RowColumn[] {
  const text = (name: string): string => {
    const value = read(name);
    return value === undefined || value === null ? "" : String(value);
  };
  return columns.map((column) => {
    const own = read(`editable[${column.name}]`);
    const shown: RowColumn = {
      ...column,
      editable: editable && (own === undefined || own === null ? true : toBoolean(own)),
      numberFormat: text("number_format"),
      nanValue: text("nan_value"),
    };
    const format = text(`format[${column.name}]`) || column.format;
    if (format) shown.format = format;
    const dateFormat = text("date_format");
    if (dateFormat !== "") shown.dateFormat = dateFormat;
    const width = toCssLength(read(`width[${column.name}]`));
    if (width !== "") shown.width = width;
    return shown;
  });
}
