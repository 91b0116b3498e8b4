/**
 * A table's header row: one `<th scope="col">` per column, each a button that sorts by it (ascending, then
 * descending, then unsorted), with `aria-sort` on the sorted column.
 */
import { html, nothing, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { SortSpec } from "../../protocol/table_wire.ts";
import type { RowColumn } from "./render_row.ts";

export interface HeaderContext {
  columns: readonly RowColumn[];
  sort: readonly SortSpec[];
  deletable: boolean;
  onSort(column: string): void;
}

/**
 * @example
 * ```ts
 * html`<thead>${renderHeader({ columns, sort, deletable: false, onSort })}</thead>`;
 * ```
 */
export function renderHeader(context: HeaderContext): TemplateResult {
  return html`<tr role="row" class="tp-table-header" aria-rowindex="1">${
    context.columns.map((column) => {
      const direction = context.sort.find((spec) => spec.column === column.name)?.direction;
      const ariaSort = direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined;
      return html`
        <th role="columnheader" scope="col" data-col=${column.name} aria-sort=${ariaSort ?? nothing}
          style=${styleMap({ width: column.width })}><button
                type="button"
                class="tp-table-sort"
                @click=${() => context.onSort(column.name)}
              >${column.title}<span class="tp-table-sort-mark" aria-hidden="true">${direction === "asc"
                ? "▲"
                : direction === "desc"
                ? "▼"
                : "↕"}</span></button></th>
      `;
    })
  }${
    context.deletable
      ? html`<th role="columnheader" scope="col"><span class="tp-visually-hidden">Actions</span></th>`
      : nothing
  }</tr>`;
}

/**
 * The sort after a click on `column`'s header: ascending, descending, then none.
 *
 * @example
 * ```ts
 * nextSort([], "a"); // [{ column: "a", direction: "asc" }]
 * nextSort([{ column: "a", direction: "asc" }], "a"); // [{ column: "a", direction: "desc" }]
 * nextSort([{ column: "a", direction: "desc" }], "a"); // []
 * ```
 */
export function nextSort(sort: readonly SortSpec[], column: string): SortSpec[] {
  const current = sort.find((spec) => spec.column === column)?.direction;
  if (current === undefined) return [{ column, direction: "asc" }];
  return current === "asc" ? [{ column, direction: "desc" }] : [];
}
