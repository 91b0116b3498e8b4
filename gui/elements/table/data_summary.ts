/**
 * The server-side transform of a table's `data` property: the rows stay on the server and the browser
 * gets a {@linkcode TableSummary}. A request reads the same property to find the rows again, through
 * `readTableData`, which maps the summary back to the value it summarizes.
 */
import type { TableSummary } from "../../protocol/table_wire.ts";
import type { ElementView } from "../element_definition.ts";
import { summarizeTable, tableEntry } from "./table_entries.ts";

const dataOf = new WeakMap<TableSummary, object>();
/**
 * Set while a request reads the property: the transform then only looks the value up. Evaluation is
 * synchronous, so the flag cannot leak into another client's evaluation.
 */
let reading = 0;

/**
 * The value `data` travels as. `props` (the element's static properties) identifies the table, so that a
 * grown value finds the one it grew from.
 *
 * @example
 * ```ts
 * summarizeData([{ a: 1 }], {}); // { kind: "table", version: 1, lineage: 1, count: 1, columns: [{ name: "a", type: "number" }] }
 * ```
 */
export function summarizeData(value: unknown, props: Readonly<Record<string, unknown>>): TableSummary {
  const summary = reading > 0
    ? (tableEntry(value)?.summary ?? summarizeTable(undefined, props))
    : summarizeTable(value, props);
  if (typeof value === "object" && value !== null && summary.count + summary.columns.length > 0) {
    dataOf.set(summary, value);
  }
  return summary;
}

/**
 * The rows a table shows, for a request: the property's value before the transform (when the view gives
 * the transformed one, it is mapped back).
 *
 * @example
 * ```ts
 * const rows = readTableData(view); // the app's array or object of columns
 * ```
 */
export function readTableData(view: ElementView): unknown {
  reading++;
  let value: unknown;
  try {
    value = view.value("data");
  } finally {
    reading--;
  }
  if (typeof value !== "object" || value === null) return value;
  const original = dataOf.get(value as TableSummary);
  if (original !== undefined) return original;
  // A summary of no data (an empty table) maps to nothing.
  return (value as { kind?: unknown }).kind === "table" ? undefined : value;
}
