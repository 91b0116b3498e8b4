/**
 * The table of `auto_loading`: the header and a scrolling body in which @lit-labs/virtualizer keeps only
 * the rows in view. Rows are laid out as a grid (the virtualizer places them itself), so every row shares
 * the header's column template, and explicit roles keep the table's semantics under that layout.
 */
import { html, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { virtualize } from "@lit-labs/virtualizer/virtualize.js";
import type { PageRow } from "../../protocol/table_wire.ts";
import { renderRow, type RowContext } from "./render_row.ts";

export interface VirtualTableContext {
  rows: RowContext;
  header: TemplateResult;
  /** 0 to the number of rows (after filtering) - 1: the virtualizer's items. */
  items: number[];
  /** Row `position`, or undefined while it loads. */
  row(position: number): PageRow | undefined;
  /** The body's height (CSS length); the stylesheet's default when empty. */
  height: string;
}

/**
 * @example
 * ```ts
 * renderVirtualTable({ rows: context, header, items, row: (position) => cache.row(position), height: "" });
 * ```
 */
export function renderVirtualTable(context: VirtualTableContext): TemplateResult {
  const { rows } = context;
  const widths = rows.columns.map((column) => column.width ?? "minmax(6rem, 1fr)");
  const template = [...widths, ...(rows.deletable ? ["3rem"] : [])].join(" ");
  return html`
    <table class="tp-table tp-table-virtual" role="table" aria-rowcount=${context.items.length + 1}
      style=${styleMap({ "--tp-table-columns": template })}>
      <thead role="rowgroup">${context.header}</thead>
      <tbody role="rowgroup" class="tp-table-body" style=${styleMap({
        height: context.height || undefined,
      })}>${virtualize({
        items: context.items,
        scroller: true,
        keyFunction: (position: number) => position,
        renderItem: (position: number) => renderRow(context.row(position), position, rows),
      })}</tbody>
    </table>
  `;
}
