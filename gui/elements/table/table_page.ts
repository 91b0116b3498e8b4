/**
 * One page of a table: rows `start` to `start + count` of the sorted and filtered data, each with its
 * index in the data and the values of the requested columns only.
 */
import type { PageAnswer, PageQuery, PageRow } from "../../protocol/table_wire.ts";
import { rowOrder } from "./row_order.ts";
import type { TableEntry } from "./table_entries.ts";

/**
 * @example
 * ```ts
 * const entry = tableEntry([{ a: 1 }, { a: 2 }, { a: 3 }])!;
 * tablePage(entry, { kind: "page", start: 1, count: 5, columns: ["a"], sort: [], filters: [] });
 * // { rows: [{ index: 1, values: [2] }, { index: 2, values: [3] }], total: 3, version: ... }
 * ```
 */
export function tablePage(entry: TableEntry, query: PageQuery): PageAnswer {
  const { source, summary } = entry;
  const order = rowOrder(entry, query);
  const total = order === undefined ? source.count : order.length;
  const readers = query.columns.map((column) => source.column(column));
  const end = Math.min(total, query.start + query.count);
  const rows: PageRow[] = [];
  for (let position = query.start; position < end; position++) {
    const index = order === undefined ? position : (order[position] as number);
    rows.push({ index, values: readers.map((read) => (read === undefined ? null : toWire(read(index)))) });
  }
  return { rows, total, version: summary.version };
}

/**
 * A cell value as it travels: JSON keeps dates (as ISO text), turns NaN into null, and cannot carry a
 * bigint, which goes as its digits.
 */
export function toWire(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "bigint") return value.toString();
  return value;
}
