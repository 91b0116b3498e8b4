/**
 * A table's sorted and filtered data as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break). Values are written as the data holds them, not as the table
 * formats them, so that a spreadsheet reads numbers and dates back as numbers and dates.
 */
import type { RowSelection } from "../../protocol/table_wire.ts";
import { rowOrder } from "./row_order.ts";
import type { TableEntry } from "./table_entries.ts";

/**
 * @example
 * ```ts
 * const entry = tableEntry([{ a: 1, b: "x,y" }])!;
 * tableCsv(entry, ["a", "b"], { sort: [], filters: [] }); // 'a,b\r\n1,"x,y"\r\n'
 * ```
 */
export function tableCsv(entry: TableEntry, columns: readonly string[], selection: RowSelection): string {
  const { source } = entry;
  const shown = columns.length === 0 ? source.columns : columns;
  const readers = shown.map((column) => source.column(column));
  const order = rowOrder(entry, selection);
  const total = order === undefined ? source.count : order.length;
  const lines = [shown.map(csvField).join(",")];
  for (let position = 0; position < total; position++) {
    const index = order === undefined ? position : (order[position] as number);
    lines.push(readers.map((read) => csvField(read?.(index))).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * One value as a CSV field.
 *
 * @example
 * ```ts
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField(null); // ""
 * ```
 */
export function csvField(value: unknown): string {
  const text = fieldText(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isNaN(value) ? "" : String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
