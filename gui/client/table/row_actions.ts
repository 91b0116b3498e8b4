/**
 * What the user does to a table's rows: a click selects (Ctrl or Cmd adds) and runs the row action, Enter
 * or Space does the same from the keyboard, the arrow keys move focus, and editable tables edit cells and
 * delete rows through the server.
 */
import type { PageRow, TableQuery } from "../../protocol/table_wire.ts";
import type { EditingCell, RowColumn, RowContext } from "./render_row.ts";
import { moveRowFocus, nextSelection, readSelection } from "./row_selection.ts";
import { editQuery } from "./table_requests.ts";

/** What row actions need from their table element. */
export interface RowActionsHost {
  /** Sends a request to the table's server side (an edit, a delete). */
  request(query: TableQuery): void;
  selected(): unknown;
  select(indexes: number[]): void;
  /** Runs the row action (`on_action`) with Taipy's payload. */
  act(payload: unknown): void;
  /** The table must render again. */
  changed(): void;
  /** Resolves once the table rendered. */
  rendered(): Promise<unknown>;
  /** The first element of the table that matches `selector`. */
  find(selector: string): HTMLElement | null;
}

/**
 * @example
 * ```ts
 * const actions = new RowActions(host);
 * renderRow(row, position, actions.context(columns, deletable));
 * ```
 */
export class RowActions {
  /** The position of the row that is the table's tab stop. */
  focusPosition = 0;
  #editing: EditingCell | undefined;
  #columns: readonly RowColumn[] = [];
  readonly #host: RowActionsHost;

  constructor(host: RowActionsHost) {
    this.#host = host;
  }

  /** What rows need to render, for the columns shown now. */
  context(columns: readonly RowColumn[], deletable: boolean): RowContext {
    this.#columns = columns;
    return {
      columns,
      selected: new Set(readSelection(this.#host.selected())),
      editing: this.#editing,
      deletable,
      focusPosition: this.focusPosition,
      onClick: this.#click,
      onKey: this.#key,
      onEdit: (row, col) => void this.#startEdit(row, col),
      onEditDone: (row, column, text) => {
        this.#editing = undefined;
        this.#host.changed();
        if (text !== undefined) this.#host.request(editQuery(row.index, column.name, column.type, text));
      },
      onDelete: (row) => this.#host.request({ kind: "delete", index: row.index }),
    };
  }

  #click = (row: PageRow, col: string | undefined, event: MouseEvent | KeyboardEvent): void => {
    this.#host.select(nextSelection(this.#host.selected(), row.index, event.ctrlKey || event.metaKey));
    const position = this.#columns.findIndex((column) => column.name === col);
    const value = position < 0 ? null : row.values[position] ?? null;
    this.#host.act({ index: row.index, col: col ?? null, value, reason: "click" });
  };

  #key = (event: KeyboardEvent, row: PageRow, position: number): void => {
    const element = event.currentTarget as HTMLTableRowElement;
    if (event.target !== element) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.#click(row, undefined, event);
    } else {
      this.focusPosition = position + moveRowFocus(event, element);
    }
  };

  async #startEdit(row: PageRow, col: string): Promise<void> {
    this.#editing = { index: row.index, col };
    this.#host.changed();
    await this.#host.rendered();
    this.#host.find(".tp-table-input")?.focus();
  }
}
