/**
 * What a table's or a chart's `selected` writes: the indexes of the rows (points) chosen, distinct
 * non-negative integers, below the number of rows when it is known.
 */
import type { ElementView } from "../element_definition.ts";
import { readTableData } from "../table/data_summary.ts";
import { tableEntry } from "../table/table_entries.ts";
import type { WriteCheck } from "../write_check.ts";

/** A chart's points are not counted on a write: at most this many indexes. */
export const MAX_SELECTED_POINTS = 100_000;

/** The table's `selected` rule. */
export const checkTableSelectionWrite: WriteCheck = (value, element) =>
  indexesProblem(value, tableRowCount(element));

/** The chart's `selected` rule. */
export const checkChartSelectionWrite: WriteCheck = (value) => indexesProblem(value, undefined);

function tableRowCount(element: ElementView): number {
  return tableEntry(readTableData(element))?.summary.count ?? 0;
}

function indexesProblem(value: unknown, count: number | undefined): string | undefined {
  const limit = count ?? MAX_SELECTED_POINTS;
  const expected = count === undefined
    ? `expects a list of at most ${limit} distinct row indexes`
    : `expects a list of distinct row indexes from 0 to ${count - 1}`;
  if (!Array.isArray(value) || value.length > limit) return expected;
  const seen = new Set<number>();
  for (const index of value) {
    if (
      typeof index !== "number" || !Number.isSafeInteger(index) || index < 0 || index >= (count ?? Infinity)
    ) {
      return expected;
    }
    if (seen.has(index)) return expected;
    seen.add(index);
  }
  return undefined;
}
