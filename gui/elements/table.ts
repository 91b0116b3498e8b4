import { defineElement, elementTransform } from "./element_definition.ts";
import { summarizeData } from "./table/data_summary.ts";
import { answerTableRequest } from "./table/table_request.ts";
import { checkTableSelectionWrite } from "./writes/selection_write.ts";
import { checkTableAction } from "./actions/table_action.ts";

/**
 * `<|{rows}|table|page_size=50|filter|downloadable|>`: data as a table. `data` is an array of records or an
 * object of columns. Its rows never travel in patches: the browser gets a summary (row count, columns,
 * version) and asks the server for the rows it shows, sorted and filtered there (see table/). Rows added at
 * the end (`state.rows = [...state.rows, row]`) are fetched alone; assign a new value rather than
 * changing rows in place, or call `state.refresh("rows")` after an in-place change.
 *
 * Clicking a row writes `selected` (row indexes) and runs `on_action` with `{ index, col, value, reason }`.
 * An `editable` table runs `on_edit` with `{ index, col, value, user_value }`, `on_add` and `on_delete` with
 * `{ index }`, each as `(state, id, payload)`; the app changes the data. `row_class_name` is called as
 * `(state, index, row)`, `cell_class_name[col]` and `tooltip[col]` as `(state, value, index, row, col)`, for
 * the rows shown only.
 */
export const table = defineElement({
  name: "table",
  defaultProperty: "data",
  doc: {
    summary: "Data as a table, paged, sorted and filtered on the server: rows never travel in patches. Assign a new array to change the data (rows added at the end are fetched alone), or call `state.refresh(name)` after an in-place change.",
    example: "<|{rows}|table|page_size=50|filter|downloadable|>",
    defaults: {
      page_size: "100",
      allow_all_rows: "false",
      show_all: "false",
      auto_loading: "false",
      editable: "false",
      filter: "false",
      downloadable: "false",
    },
    properties: {
      data: "An array of records, or an object of columns.",
      columns: "The columns shown, in order (`name;price`), or an object of column settings.",
      page_size_options: "The page sizes offered (`10;50;100`).",
      allow_all_rows: "Offer a page size of all rows.",
      show_all: "Show every row, without pages.",
      auto_loading: "Virtual scrolling: rows load as the user scrolls.",
      selected: "The indexes of the selected rows; written back on a click.",
      editable: "Cells can be edited (`editable[col]` for one column).",
      on_edit: "A registered function run when the user validates a cell edit.",
      on_add: "A registered function run when the user asks for a new row.",
      on_delete: "A registered function run when the user deletes a row.",
      on_action: "A registered function run when a row is clicked.",
      date_format: "How dates show (`dd/MM/yyyy`).",
      number_format: "printf-style format of numbers.",
      format: "printf-style format of one column's values (`format[price]=%.2f`).",
      nan_value: "Text shown for NaN.",
      row_class_name: "A registered function returning CSS classes for a row.",
      cell_class_name: "A registered function returning CSS classes for a cell (`cell_class_name[col]`).",
      tooltip: "A registered function returning a cell's tooltip (`tooltip[col]`).",
      downloadable: "Offer a CSV download of the (filtered, sorted) rows.",
    },
    calls: {
      on_action: "`(state, id, { index, col, value, reason: \"click\" })`: the clicked row's index in `data`, the column and the cell's value.",
      on_edit: "`(state, id, { index, col, value, user_value })`: the new value (typed as the column) and the text the user typed; the app changes the data.",
      on_add: "`(state, id, { index })`: the app adds the row.",
      on_delete: "`(state, id, { index })`: the app deletes the row.",
      row_class_name: "`(state, index, row)`: returns class names; called for the rows shown only.",
      cell_class_name: "`(state, value, index, row, col)`: returns class names; called for the rows shown only.",
      tooltip: "`(state, value, index, row, col)`: returns the tooltip's text; called for the rows shown only.",
    },
  },
  actions: true,
  checkAction: checkTableAction,
  interactive: true,
  properties: {
    data: { type: "any", dynamic: true, transform: elementTransform("table", summarizeData) },
    columns: { type: "any", dynamic: true },
    page_size: { type: "number" },
    page_size_options: { type: "any" },
    allow_all_rows: { type: "boolean" },
    show_all: { type: "boolean" },
    auto_loading: { type: "boolean" },
    selected: { type: "any", dynamic: true, twoWay: true, checkWrite: checkTableSelectionWrite },
    editable: { type: "boolean", dynamic: true },
    on_edit: { type: "function" },
    on_add: { type: "function" },
    on_delete: { type: "function" },
    on_action: { type: "function" },
    filter: { type: "boolean" },
    date_format: { type: "string", dynamic: true },
    number_format: { type: "string", dynamic: true },
    format: { type: "string", dynamic: true },
    nan_value: { type: "string", dynamic: true },
    row_class_name: { type: "function" },
    cell_class_name: { type: "function" },
    tooltip: { type: "function" },
    downloadable: { type: "boolean" },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
  request: answerTableRequest,
});
