/**
 * The rows a table shows, in order, for a sort and filters: computed once per data value and selection
 * and kept in the value's entry, so that paging through a sorted million rows sorts them once.
 */
import type { ColumnType, RowSelection } from "../../protocol/table_wire.ts";
import { filterRows } from "./filter_rows.ts";
import { sortOrder } from "./sort_order.ts";
import type { TableEntry } from "./table_entries.ts";

/** Orders kept per data value; each costs 4 bytes a row. */
const ORDERS_KEPT = 8;

/**
 * Row indexes in display order, or undefined when the data's own order is shown unfiltered (no array
 * needed: row `i` is index `i`).
 *
 * @example
 * ```ts
 * const entry = tableEntry([{ a: 2 }, { a: 1 }])!;
 * rowOrder(entry, { sort: [{ column: "a", direction: "asc" }], filters: [] }); // Uint32Array [1, 0]
 * ```
 */
export function rowOrder(entry: TableEntry, selection: RowSelection): Uint32Array | undefined {
  if (selection.sort.length === 0 && selection.filters.length === 0) return undefined;
  const key = JSON.stringify([selection.sort, selection.filters]);
  const cached = entry.orders.get(key);
  if (cached !== undefined) {
    // Most recently used last, so the oldest is the first to go.
    entry.orders.delete(key);
    entry.orders.set(key, cached);
    return cached;
  }
  const types = columnTypes(entry);
  const sorted = sortedOnly(entry, selection, types);
  const order = filterRows(entry.source, types, sorted, selection.filters);
  store(entry, key, order);
  return order;
}

/** The sorted order alone is worth keeping too: changing a filter then re-uses the sort. */
function sortedOnly(
  entry: TableEntry,
  selection: RowSelection,
  types: Record<string, ColumnType>,
): Uint32Array {
  if (selection.filters.length === 0) return sortOrder(entry.source, types, selection.sort);
  const key = JSON.stringify([selection.sort, []]);
  const cached = entry.orders.get(key);
  if (cached !== undefined) return cached;
  const order = sortOrder(entry.source, types, selection.sort);
  if (selection.sort.length > 0) store(entry, key, order);
  return order;
}

function store(entry: TableEntry, key: string, order: Uint32Array): void {
  entry.orders.set(key, order);
  while (entry.orders.size > ORDERS_KEPT) {
    const oldest = entry.orders.keys().next().value;
    if (oldest === undefined) break;
    entry.orders.delete(oldest);
  }
}

function columnTypes(entry: TableEntry): Record<string, ColumnType> {
  return Object.fromEntries(entry.summary.columns.map((column) => [column.name, column.type]));
}
