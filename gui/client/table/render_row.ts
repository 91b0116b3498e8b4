/**
 * One row of a table: its cells formatted, its class names and tooltips from the server, its selection
 * state, and, in an editable table, a button per editable cell and a delete button.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { PageRow } from "../../protocol/table_wire.ts";
import { type CellFormat, formatCell } from "./format_cell.ts";

/** A column as a row renders it. */
export interface RowColumn extends CellFormat {
  name: string;
  title: string;
  editable: boolean;
  /** From `width[col]`, as a CSS length. */
  width?: string;
}

/** The cell being edited, with the text typed so far. */
export interface EditingCell {
  index: number;
  col: string;
}

/** What rows need from their table. */
export interface RowContext {
  columns: readonly RowColumn[];
  selected: ReadonlySet<number>;
  editing: EditingCell | undefined;
  deletable: boolean;
  /** The position of the row that takes focus with Tab (a roving tab stop). */
  focusPosition: number;
  onClick(row: PageRow, col: string | undefined, event: MouseEvent | KeyboardEvent): void;
  onKey(event: KeyboardEvent, row: PageRow, position: number): void;
  onEdit(row: PageRow, col: string): void;
  onEditDone(row: PageRow, column: RowColumn, text: string | undefined): void;
  onDelete(row: PageRow): void;
}

/**
 * `position` is the row's place in the sorted and filtered rows (for aria-rowindex); undefined rows are
 * still loading.
 */
export function renderRow(row: PageRow | undefined, position: number, context: RowContext): TemplateResult {
  if (row === undefined) {
    return html`
      <tr role="row" class="tp-table-row tp-table-loading" aria-rowindex=${position + 2} aria-busy="true">
        <td role="cell" colspan=${context.columns.length + (context.deletable ? 1 : 0)}>…</td>
      </tr>
    `;
  }
  const selected = context.selected.has(row.index);
  const classes = `tp-table-row${selected ? " tp-selected" : ""}${row.className ? ` ${row.className}` : ""}`;
  return html`
    <tr
      role="row"
      class=${classes}
      data-index=${row.index}
      aria-rowindex=${position + 2}
      aria-selected=${selected ? "true" : "false"}
      tabindex=${position === context.focusPosition ? "0" : "-1"}
      @click=${(event: MouseEvent) => context.onClick(row, cellColumn(event), event)}
      @keydown=${(event: KeyboardEvent) => context.onKey(event, row, position)}
    >${context.columns.map((column, place) =>
      renderCell(row, column, row.values[place], context)
    )}${context.deletable
      ? html`
        <td role="cell"
          class="tp-table-actions"><button type="button" class="tp-table-icon" aria-label="Delete row ${position +
            1}" @click=${(event: Event) => {
            event.stopPropagation();
            context.onDelete(row);
          }}>✕</button></td>
      `
      : nothing}</tr>
  `;
}

function renderCell(row: PageRow, column: RowColumn, value: unknown, context: RowContext): TemplateResult {
  const cellClass = row.cellClassNames?.[column.name];
  const tooltip = row.tooltips?.[column.name];
  const shown = formatCell(value, column);
  const editing = context.editing?.index === row.index && context.editing.col === column.name;
  return html`
    <td
      role="cell"
      class=${`tp-table-cell tp-type-${column.type}${cellClass ? ` ${cellClass}` : ""}`}
      data-col=${column.name}
      title=${tooltip ?? nothing}
    >${editing ? renderEditor(row, column, value, context) : shown}${column.editable && !editing
      ? html`
        <button type="button" class="tp-table-icon tp-table-edit" aria-label="Edit ${column.title}: ${shown}"
          @click=${(event: Event) => {
            event.stopPropagation();
            context.onEdit(row, column.name);
          }}>✎</button>
      `
      : nothing}</td>
  `;
}

function renderEditor(row: PageRow, column: RowColumn, value: unknown, context: RowContext): TemplateResult {
  const done = (text: string | undefined) => context.onEditDone(row, column, text);
  const input = (event: Event) => (event.currentTarget as HTMLElement).closest("td")?.querySelector("input");
  return html`<span class="tp-table-editor" @click=${(event: Event) => event.stopPropagation()}><input
      class="tp-table-input"
      aria-label="New value of ${column.title}"
      .value=${value === null || value === undefined ? "" : String(value)}
      @keydown=${(event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === "Enter") done((event.currentTarget as HTMLInputElement).value);
    else if (event.key === "Escape") done(undefined);
  }}
    /><button type="button" class="tp-table-icon" aria-label="Apply" @click=${(event: Event) =>
    done(
      input(event)?.value ?? "",
    )}>✓</button><button type="button" class="tp-table-icon" aria-label="Cancel" @click=${() =>
    done(undefined)}>✗</button></span>`;
}

function cellColumn(event: Event): string | undefined {
  const cell = (event.target as Element | null)?.closest("td");
  return cell?.dataset["col"];
}
