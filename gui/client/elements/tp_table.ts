/**
 * `<|{rows}|table|>`: a real `<table>` that holds only the rows it shows. `data` arrives as a summary
 * (row count, columns, version); rows come from the server a page at a time, or, with `auto_loading`, in
 * blocks as they scroll into view (@lit-labs/virtualizer keeps only those in the DOM). Sorting and
 * filtering run on the server; rows added at the end of the data are fetched alone. Headers are
 * `<th scope="col">` with sort buttons and `aria-sort`; pager, filters and edits are native controls.
 */
import { html, nothing, type TemplateResult } from "lit";
import { MAX_PAGE_ROWS } from "../../protocol/parse_table_query.ts";
import type { FilterSpec, SortSpec, TableSummary } from "../../protocol/table_wire.ts";
import { toCssLength } from "../coerce.ts";
import { BlockCache } from "../table/block_cache.ts";
import { PageLoader } from "../table/page_loader.ts";
import { readTableSummary } from "../table/read_table_values.ts";
import { nextSort, renderHeader } from "../table/render_header.ts";
import { renderFilters } from "../table/render_filters.ts";
import { type PageSizeOption, pageSizeOptions, renderPager } from "../table/render_pager.ts";
import type { RowContext } from "../table/render_row.ts";
import { RowActions } from "../table/row_actions.ts";
import { renderPagedTable } from "../table/render_paged.ts";
import { renderVirtualTable } from "../table/render_virtual.ts";
import { renderToolbar } from "../table/render_toolbar.ts";
import { displayColumns, rowColumns } from "../table/table_columns.ts";
import { downloadCsv, fetchRows, type RowParts, tableRequest } from "../table/table_requests.ts";
import { TapirElement } from "../tapir_element.ts";

const BLOCK_SIZE = 100;

/** The `table` element. */
export class TpTable extends TapirElement {
  #sort: SortSpec[] = [];
  #filters: FilterSpec[] = [];
  #filtersOpen = false;
  #page = 0;
  /** The page size the user picked; the `page_size` property until then. */
  #size: PageSizeOption | undefined;
  #parts: RowParts = { columns: [], sort: [], filters: [] };
  #items: number[] = [];
  readonly #fetch = (start: number, count: number) => fetchRows(this.index, start, count, this.#parts);
  readonly #loader = new PageLoader(this.#fetch, () => this.requestUpdate());
  readonly #blocks = new BlockCache(BLOCK_SIZE, this.#fetch, () => this.requestUpdate());
  readonly #actions = new RowActions({
    request: (query) => void tableRequest(this.index, query),
    selected: () => this.prop("selected"),
    select: (indexes) => this.write("selected", indexes),
    act: (payload) => this.act(payload),
    changed: () => this.requestUpdate(),
    rendered: () => this.updateComplete,
    find: (selector) => this.querySelector<HTMLElement>(selector),
  });

  protected override renderElement(): unknown {
    const summary = readTableSummary(this.prop("data"));
    if (summary === undefined) return html`<div class="tp-table" aria-busy="true"></div>`;
    const shown = displayColumns(this.prop("columns"), summary.columns);
    const columns = rowColumns(shown, (name) => this.prop(name), this.#canChange("on_edit"));
    this.#parts = { columns: columns.map((column) => column.name), sort: this.#sort, filters: this.#filters };
    const key = JSON.stringify(this.#parts);
    const reordered = this.#sort.length + this.#filters.length > 0;
    const context = this.#actions.context(columns, this.#canChange("on_delete"));
    const body = this.propBoolean("auto_loading", false)
      ? this.#renderVirtual(summary, key, reordered, context)
      : this.#renderPaged(summary, key, reordered, context);
    return html`<div class="tp-table-wrapper" style=${this.sizeStyle("width")}>
      ${this.#renderToolbar()}
      ${
      this.#filtersOpen
        ? renderFilters({
          columns,
          filters: this.#filters,
          onAdd: this.#addFilter,
          onRemove: this.#removeFilter,
        })
        : nothing
    }
      ${body}
    </div>`;
  }

  #renderPaged(summary: TableSummary, key: string, reordered: boolean, context: RowContext): TemplateResult {
    const loader = this.#loader;
    const size = this.propBoolean("show_all", false)
      ? "all"
      : this.#size ?? this.propNumber("page_size", 100);
    // "All" is one page as large as a request may be: a fixed size, so that appends still fetch only the tail.
    const pageSize = size === "all" ? MAX_PAGE_ROWS : Math.max(1, Math.floor(size));
    const total = loader.loaded ? loader.total : summary.count;
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    if (this.#page >= pageCount) this.#page = pageCount - 1;
    const start = this.#page * pageSize;
    loader.want({ summary, start, size: pageSize, key, reordered });
    // One row of the page is the tab stop: the last one focused, or the first.
    const actions = this.#actions;
    if (actions.focusPosition < start || actions.focusPosition >= start + loader.rows.length) {
      actions.focusPosition = start;
    }
    context.focusPosition = actions.focusPosition;
    const header = renderHeader({ ...context, sort: this.#sort, onSort: this.#onSort });
    const heightStyle = this.sizeStyle("height", "max-height");
    return html`
      ${renderPagedTable({
        rows: context,
        header,
        pageRows: loader.rows,
        start,
        total,
        heightStyle,
      })}${this.propBoolean("show_all", false) ? nothing : renderPager({
        page: this.#page,
        pageCount,
        start,
        shown: loader.rows.length,
        total,
        size,
        options: pageSizeOptions(
          this.prop("page_size_options"),
          this.propNumber("page_size", 100),
          this.propBoolean("allow_all_rows", false),
        ),
        onPage: (page) => this.#update(() => (this.#page = Math.max(0, Math.min(page, pageCount - 1)))),
        onSize: (choice) => this.#update(() => ((this.#size = choice), (this.#page = 0))),
      })}
    `;
  }

  #renderVirtual(
    summary: TableSummary,
    key: string,
    reordered: boolean,
    context: RowContext,
  ): TemplateResult {
    this.#blocks.sync(summary, key, reordered);
    const total = this.#blocks.total;
    if (this.#items.length !== total) this.#items = Array.from({ length: total }, (_, index) => index);
    return renderVirtualTable({
      rows: context,
      header: renderHeader({ ...context, sort: this.#sort, onSort: this.#onSort }),
      items: this.#items,
      row: (position) => this.#blocks.row(position),
      height: toCssLength(this.prop("height")),
    });
  }

  #renderToolbar(): TemplateResult | typeof nothing {
    return renderToolbar({
      filterCount: this.propBoolean("filter", false) ? this.#filters.length : undefined,
      filtersOpen: this.#filtersOpen,
      onToggleFilters: () => this.#update(() => (this.#filtersOpen = !this.#filtersOpen)),
      onAdd: this.#canChange("on_add")
        ? () => void tableRequest(this.index, { kind: "add", index: this.#loader.rows[0]?.index ?? 0 })
        : undefined,
      onDownload: this.propBoolean("downloadable", false)
        ? () => void downloadCsv(this.index, this.#parts)
        : undefined,
    });
  }

  /** True when the table is editable and the app gave the callback (`on_edit`, `on_add`, `on_delete`). */
  #canChange(callback: string): boolean {
    return typeof this.descriptor.props[callback] === "string" && this.propBoolean("editable", false);
  }

  #onSort = (column: string): void => this.#setRows(this.#filters, nextSort(this.#sort, column));
  #addFilter = (filter: FilterSpec): void => this.#setRows([...this.#filters, filter], this.#sort);
  #removeFilter = (position: number): void =>
    this.#setRows(this.#filters.filter((_, place) => place !== position), this.#sort);

  /** A new sort or filter shows its first page. */
  #setRows(filters: FilterSpec[], sort: SortSpec[]): void {
    this.#update(() => ((this.#filters = filters), (this.#sort = sort), (this.#page = 0)));
  }

  #update(change: () => unknown): void {
    change();
    this.requestUpdate();
  }
}

if (!customElements.get("tp-table")) customElements.define("tp-table", TpTable);
