/**
 * Class names and tooltips from the app's functions (`row_class_name`, `cell_class_name[col]`, `tooltip`,
 * `tooltip[col]`), computed for the rows of one page only: Taipy computes them over the whole data set,
 * which is slow past a few thousand rows.
 */
import type { PageRow } from "../../protocol/table_wire.ts";
import type { ElementView } from "../element_definition.ts";
import type { TableSource } from "./table_source.ts";

/**
 * Sets `className`, `cellClassNames` and `tooltips` on `rows` (of `columns`). The functions receive
 * `(state, index, row)` for rows and `(state, value, index, row, column)` for cells, as Taipy's do.
 *
 * @example
 * ```ts
 * await addRowStyles(page.rows, ["a"], source, view); // page.rows[0].className === "warning"
 * ```
 */
export async function addRowStyles(
  rows: PageRow[],
  columns: readonly string[],
  source: TableSource,
  view: ElementView,
): Promise<void> {
  const rowFunction = functionName(view, "row_class_name");
  const cellFunctions = columns.map((column) =>
    functionName(view, `cell_class_name[${column}]`, "cell_class_name")
  );
  const tipFunctions = columns.map((column) => functionName(view, `tooltip[${column}]`, "tooltip"));
  if (rowFunction === undefined && !cellFunctions.some(Boolean) && !tipFunctions.some(Boolean)) return;
  for (const row of rows) {
    const record = source.record(row.index);
    if (rowFunction !== undefined) {
      const name = text(await view.call(rowFunction, [row.index, record]));
      if (name !== "") row.className = name;
    }
    for (const [position, column] of columns.entries()) {
      const args = [row.values[position], row.index, record, column];
      const cellFunction = cellFunctions[position];
      if (cellFunction !== undefined) {
        const name = text(await view.call(cellFunction, args));
        if (name !== "") (row.cellClassNames ??= {})[column] = name;
      }
      const tipFunction = tipFunctions[position];
      if (tipFunction !== undefined) {
        const tip = text(await view.call(tipFunction, args));
        if (tip !== "") (row.tooltips ??= {})[column] = tip;
      }
    }
  }
}

function functionName(view: ElementView, name: string, fallback?: string): string | undefined {
  const value = view.value(name) ?? (fallback === undefined ? undefined : view.value(fallback));
  return typeof value === "string" && value !== "" ? value : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}
