/**
 * Decides what a paged table fetches when its data, page or selection changed: nothing, only the rows added
 * at the end of the data that fall on the page shown, or the whole page again.
 */
import type { TableSummary } from "../../protocol/table_wire.ts";

/** What the table shows now. */
export interface ShownPage {
  version: number;
  lineage: number;
  start: number;
  size: number;
  /** Rows shown (fewer than `size` on the last page). */
  rowCount: number;
  /** Identifies the columns, sort and filters the rows were fetched with. */
  key: string;
}

/** What the table should show. */
export interface WantedPage {
  summary: TableSummary;
  start: number;
  size: number;
  key: string;
  /** Sorted or filtered: rows added to the data may land anywhere on the page. */
  reordered: boolean;
}

export type PagePlan = { kind: "none" } | { kind: "tail"; start: number; count: number } | { kind: "reload" };

/**
 * @example
 * ```ts
 * const shown = { version: 1, lineage: 1, start: 0, size: 100, rowCount: 3, key: "" };
 * const summary = { kind: "table", version: 2, lineage: 1, count: 4, columns: [] } as const;
 * planPage(shown, { summary, start: 0, size: 100, key: "", reordered: false }); // { kind: "tail", start: 3, count: 1 }
 * ```
 */
export function planPage(shown: ShownPage | undefined, wanted: WantedPage): PagePlan {
  if (
    shown === undefined || shown.key !== wanted.key || shown.start !== wanted.start ||
    shown.size !== wanted.size
  ) {
    return { kind: "reload" };
  }
  const { summary } = wanted;
  if (shown.version === summary.version) return { kind: "none" };
  const held = shown.start + shown.rowCount;
  if (wanted.reordered || shown.lineage !== summary.lineage || summary.count < held) {
    return { kind: "reload" };
  }
  const end = Math.min(shown.start + shown.size, summary.count);
  return end > held ? { kind: "tail", start: held, count: end - held } : { kind: "none" };
}
