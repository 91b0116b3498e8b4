/**
 * The buttons above a table: the filter panel's toggle (`filter`), "Add row" (`editable` with `on_add`) and
 * "Download CSV" (`downloadable`). Nothing when the table has none of them.
 */
import { html, nothing, type TemplateResult } from "lit";

export interface ToolbarContext {
  /** Filters in force, or undefined when the table has no filter panel. */
  filterCount: number | undefined;
  filtersOpen: boolean;
  onToggleFilters(): void;
  /** Set when rows can be added. */
  onAdd: (() => void) | undefined;
  /** Set when the table is downloadable. */
  onDownload: (() => void) | undefined;
}

/**
 * @example
 * ```ts
 * renderToolbar({ filterCount: 0, filtersOpen: false, onToggleFilters, onAdd: undefined, onDownload });
 * ```
 */
export function renderToolbar(context: ToolbarContext): TemplateResult | typeof nothing {
  const { filterCount, onAdd, onDownload } = context;
  if (filterCount === undefined && onAdd === undefined && onDownload === undefined) return nothing;
  const button = (label: string, onClick: () => void, pressed?: boolean) =>
    html`
      <button type="button" class="tp-table-button" aria-pressed=${pressed === undefined
        ? nothing
        : String(pressed)}
        @click=${onClick}>${label}</button>
    `;
  return html`<div class="tp-table-toolbar">
    ${
    filterCount === undefined
      ? nothing
      : button(`Filters (${filterCount})`, context.onToggleFilters, context.filtersOpen)
  }
    ${onAdd === undefined ? nothing : button("Add row", onAdd)}
    ${onDownload === undefined ? nothing : button("Download CSV", onDownload)}
  </div>`;
}
