/**
 * What the server remembers about each data value a table shows, keyed by the value itself (a WeakMap):
 * its columns and their types, its version, and the row orders computed for it. Clients that share the
 * same data (a shared variable) share one entry, so a sort of a million rows runs once for all of them.
 *
 * Versions: every value gets a version of its own, and so does a value that is sent again after an
 * in-place change (`state.refresh("rows")`). A value that is an earlier one plus rows at its end keeps that
 * one's lineage, which lets the browser fetch only the new rows.
 */
import type { ColumnInfo, TableSummary } from "../../protocol/table_wire.ts";
import { inferColumnType } from "./infer_column_type.ts";
import { isAppendOf } from "./is_append_of.ts";
import { readTableSource, type TableSource } from "./table_source.ts";

export interface TableEntry {
  readonly source: TableSource;
  readonly summary: TableSummary;
  /** Row orders by selection (sort and filters), least recently used first. */
  readonly orders: Map<string, Uint32Array>;
}

const entries = new WeakMap<object, TableEntry>();
/** Data values recently summarized for each table element: where a grown value looks for its past. */
const recent = new WeakMap<object, WeakRef<object>[]>();
const RECENT_LIMIT = 16;
let lastVersion = 0;
let lastLineage = 0;

/** Summaries of values that are not tables: the same object each time, so nothing is re-sent. */
const EMPTY: TableSummary = { kind: "table", version: 0, lineage: 0, count: 0, columns: [] };

/**
 * The entry of `data` as it is now, created when the value is new; undefined when it is not table data.
 * For requests: it never gives a known value a new version.
 */
export function tableEntry(data: unknown): TableEntry | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  return entries.get(data) ?? createEntry(data, undefined);
}

/**
 * The summary to send for `data`, which the page just (re-)evaluated because its variable changed or the
 * tab needs every value: a known value gets a new version, since it may have changed in place.
 * `element` identifies the table (its static properties object) for finding the value `data` grew from.
 *
 * @example
 * ```ts
 * const props = {};
 * const rows = [{ a: 1 }];
 * const first = summarizeTable(rows, props);
 * const grown = summarizeTable([...rows, { a: 2 }], props);
 * grown.lineage === first.lineage; // true
 * grown.previous; // { version: first.version, count: 1 }
 * ```
 */
export function summarizeTable(data: unknown, element: object): TableSummary {
  if (typeof data !== "object" || data === null) return EMPTY;
  const entry = entries.has(data)
    ? createEntry(data, undefined)
    : createEntry(data, ancestorOf(data, element));
  if (entry === undefined) return EMPTY;
  remember(element, data);
  return entry.summary;
}

function createEntry(data: object, ancestor: TableEntry | undefined): TableEntry | undefined {
  const source = readTableSource(data);
  if (source === undefined) return undefined;
  const columns: ColumnInfo[] = source.columns.map((name) => ({
    name,
    type: inferColumnType(source.column(name) ?? (() => undefined), source.count),
  }));
  const summary: TableSummary = {
    kind: "table",
    version: ++lastVersion,
    lineage: ancestor?.summary.lineage ?? ++lastLineage,
    count: source.count,
    columns,
  };
  if (ancestor !== undefined) {
    summary.previous = { version: ancestor.summary.version, count: ancestor.summary.count };
  }
  const entry: TableEntry = { source, summary, orders: new Map() };
  entries.set(data, entry);
  return entry;
}

function ancestorOf(data: object, element: object): TableEntry | undefined {
  for (const reference of [...(recent.get(element) ?? [])].reverse()) {
    const previous = reference.deref();
    const entry = previous === undefined ? undefined : entries.get(previous);
    if (previous !== undefined && entry !== undefined && isAppendOf(previous, data)) return entry;
  }
  return undefined;
}

function remember(element: object, data: object): void {
  const list = (recent.get(element) ?? []).filter((reference) => {
    const value = reference.deref();
    return value !== undefined && value !== data;
  });
  list.push(new WeakRef(data));
  if (list.length > RECENT_LIMIT) list.shift();
  recent.set(element, list);
}
