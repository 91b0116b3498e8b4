/**
 * The table of one page: a real `<table>` in a scrolling box (the `height` property caps it), its header
 * sticking to the top while the rows scroll.
 */
import { html, type TemplateResult } from "lit";
import type { PageRow } from "../../protocol/table_wire.ts";
import { renderRow, type RowContext } from "./render_row.ts";

export interface PagedTableContext {
  rows: RowContext;
  header: TemplateResult;
  /** The page's rows, and the position of the first one in the sorted and filtered rows. */
  pageRows: readonly PageRow[];
  start: number;
  /** Rows after filtering. */
  total: number;
  /** A `style` binding for the box's max-height. */
  heightStyle: unknown;
}

/**
 * @example
 * ```ts
 * renderPagedTable({ rows: context, header, pageRows: loader.rows, start: 0, total: 30, heightStyle });
 * ```
 */
export function renderPagedTable(context: PagedTableContext): TemplateResult {
  const { rows, start } = context;
  return html`
    <div class="tp-table-scroll" style=${context.heightStyle}>
      <table class="tp-table" aria-rowcount=${context.total + 1}>
        <thead>${context.header}</thead>
        <tbody>${context.pageRows.map((row, place) => renderRow(row, start + place, rows))}</tbody>
      </table>
    </div>
  `;
}
