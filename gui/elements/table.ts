import { defineElement, elementTransform } from "./element_definition.ts";
import { summarizeData } from "./table/data_summary.ts";
import { answerTableRequest } from "./table/table_request.ts";
import { checkTableSelectionWrite } from "./writes/selection_write.ts";

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
  actions: true,
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
