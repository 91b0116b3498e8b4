/**
 * A chart's selection both ways: the rows of `selected` / `selected[n]` shown as selected points, and
 * points the user clicked written back as rows, per trace.
 */
import type { EChartsType } from "./echarts.ts";
import { dataIndexesOf, rowOf, selectedProperty, selectedRows, type SeriesRows } from "./series_rows.ts";

/** What ECharts reports as selected: data indexes by series index. */
export interface SeriesSelection {
  seriesIndex: number;
  dataIndex: number[];
}

/**
 * The rows to write back, by property, for the traces whose selection changed and that can be written.
 *
 * @example
 * ```ts
 * selectionByTrace(series, [{ seriesIndex: 0, dataIndex: [2] }], { selected: "picked" }, () => []);
 * // Map { "selected" => [2] }
 * ```
 */
export function selectionByTrace(
  series: readonly (SeriesRows | undefined)[],
  selected: readonly SeriesSelection[],
  writes: Readonly<Record<string, string>>,
  current: (property: string) => unknown,
): Map<string, number[]> {
  // Every trace starts empty, so that unselecting the last point writes [].
  const byTrace = new Map<number, number[]>();
  for (const item of series) if (item !== undefined) byTrace.set(item.trace, []);
  for (const { seriesIndex, dataIndex } of selected) {
    const item = series[seriesIndex];
    if (item !== undefined) byTrace.get(item.trace)?.push(...dataIndex.map((index) => rowOf(item, index)));
  }
  const result = new Map<string, number[]>();
  for (const [trace, rows] of byTrace) {
    const property = selectedProperty(trace, writes);
    if (property === undefined) continue;
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    if (sorted.join() !== selectedRows(current(property)).join()) result.set(property, sorted);
  }
  return result;
}

/**
 * Shows the selection the properties hold: unselects what `shown` says is selected, selects the wanted
 * points, and returns what is now shown.
 */
export function syncSelection(
  chart: EChartsType,
  series: readonly (SeriesRows | undefined)[],
  shown: ReadonlyMap<number, number[]>,
  valueOf: (property: string) => unknown,
): Map<number, number[]> {
  const next = new Map<number, number[]>();
  series.forEach((item, seriesIndex) => {
    if (item === undefined) return;
    const indexed = valueOf(`selected[${item.trace}]`);
    const value = indexed === undefined && item.trace === 1 ? valueOf("selected") : indexed;
    const wanted = dataIndexesOf(item, selectedRows(value));
    const before = shown.get(seriesIndex) ?? [];
    if (before.join() === wanted.join() && wanted.length === 0) return;
    if (before.length > 0) chart.dispatchAction({ type: "unselect", seriesIndex, dataIndex: before });
    if (wanted.length > 0) {
      chart.dispatchAction({ type: "select", seriesIndex, dataIndex: wanted });
      next.set(seriesIndex, wanted);
    }
  });
  return next;
}
