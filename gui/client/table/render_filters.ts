/**
 * The filter panel of a table with `filter`: a form that adds a condition on a column, and the list of
 * conditions in force, each with a button that removes it.
 */
import { html, type TemplateResult } from "lit";
import { FILTER_OPERATORS, type FilterOperator, type FilterSpec } from "../../protocol/table_wire.ts";
import type { RowColumn } from "./render_row.ts";

export interface FilterContext {
  columns: readonly RowColumn[];
  filters: readonly FilterSpec[];
  onAdd(filter: FilterSpec): void;
  onRemove(position: number): void;
}

/**
 * @example
 * ```ts
 * html`${renderFilters({ columns, filters, onAdd, onRemove })}`;
 * ```
 */
export function renderFilters(context: FilterContext): TemplateResult {
  const titleOf = (name: string) => context.columns.find((column) => column.name === name)?.title ?? name;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const column = String(form.get("column") ?? "");
    const op = String(form.get("op") ?? "==") as FilterOperator;
    if (column !== "" && FILTER_OPERATORS.includes(op)) {
      context.onAdd({ column, op, value: String(form.get("value") ?? "") });
    }
  };
  return html`
    <div class="tp-table-filters">
      <form class="tp-table-filter-form" @submit=${submit}>
        <label>Column <select name="column">${context.columns.map((column) =>
          html`<option value=${column.name}>${column.title}</option>`
        )}</select></label>
        <label>Condition <select name="op">${FILTER_OPERATORS.map((op) =>
          html`<option value=${op}>${op}</option>`
        )}</select></label>
        <label>Value <input name="value" class="tp-table-filter-value" /></label>
        <button type="submit" class="tp-table-button">Add filter</button>
      </form>
      <ul class="tp-table-filter-list" aria-label="Filters in force">${context.filters.map(
        (filter, position) => {
          const text = `${titleOf(filter.column)} ${filter.op} ${filter.value}`;
          return html`<li class="tp-table-filter">${text}<button type="button" class="tp-table-icon"
        aria-label="Remove filter ${text}" @click=${() => context.onRemove(position)}>✕</button></li>`;
        },
      )}</ul>
    </div>
  `;
}
