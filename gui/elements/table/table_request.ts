/**
 * Answers a table's requests: a page of rows (with the class names and tooltips of those rows only), a
 * CSV download link, and the edits the user validated, which run the app's `on_edit`, `on_add` and
 * `on_delete` functions with `(state, id, payload)`.
 */
import { parseTableQuery } from "../../protocol/parse_table_query.ts";
import type { CsvAnswer, PageAnswer } from "../../protocol/table_wire.ts";
import type { ElementView } from "../element_definition.ts";
import { cellEditProblem } from "./check_cell_edit.ts";
import { offerCsvDownload } from "./csv_downloads.ts";
import { readTableData } from "./data_summary.ts";
import { addRowStyles } from "./row_styles.ts";
import { tableCsv } from "./table_csv.ts";
import { tableEntry } from "./table_entries.ts";
import { tablePage } from "./table_page.ts";

const NO_ROWS: PageAnswer = { rows: [], total: 0, version: 0 };

/**
 * The table's `request` handler (see ElementDefinition.request).
 *
 * @example
 * ```ts
 * await answerTableRequest({ kind: "page", start: 0, count: 100, columns: ["a"], sort: [], filters: [] }, view);
 * ```
 */
export async function answerTableRequest(query: unknown, view: ElementView): Promise<unknown> {
  const parsed = parseTableQuery(query);
  switch (parsed.kind) {
    case "page": {
      const entry = tableEntry(readTableData(view));
      if (entry === undefined) return NO_ROWS;
      const page = tablePage(entry, parsed);
      await addRowStyles(page.rows, parsed.columns, entry.source, view);
      return page;
    }
    case "csv": {
      if (!isOn(view.value("downloadable"))) throw new Error("this table is not downloadable");
      const entry = tableEntry(readTableData(view));
      const id = view.value("id");
      const filename = `${typeof id === "string" && /^[\w-]+$/.test(id) ? id : "table"}.csv`;
      const url = offerCsvDownload({
        filename,
        produce: () => (entry === undefined ? "" : tableCsv(entry, parsed.columns, parsed)),
      });
      const answer: CsvAnswer = { url, filename };
      return answer;
    }
    case "edit": {
      if (!isOn(view.value(`editable[${parsed.col}]`) ?? view.value("editable"))) {
        throw new Error(`column "${parsed.col}" is not editable`);
      }
      const problem = cellEditProblem(tableEntry(readTableData(view)), parsed);
      if (problem !== undefined) throw new Error(problem);
      return runCallback(view, "on_edit", {
        index: parsed.index,
        col: parsed.col,
        value: parsed.value,
        user_value: parsed.user_value,
      });
    }
    case "add":
    case "delete":
      if (!isOn(view.value("editable"))) throw new Error("this table is not editable");
      return runCallback(view, parsed.kind === "add" ? "on_add" : "on_delete", { index: parsed.index });
    default: {
      const unknown: never = parsed;
      throw new Error(`unknown table query ${JSON.stringify(unknown)}`);
    }
  }
}

async function runCallback(view: ElementView, property: string, payload: object): Promise<null> {
  const name = view.value(property);
  if (typeof name !== "string" || name === "") throw new Error(`this table has no ${property}`);
  const id = view.value("id");
  await view.call(name, [typeof id === "string" ? id : undefined, payload]);
  return null;
}

/** A boolean property as a static value (coerced) or a bound one (any truthy value but "false"). */
function isOn(value: unknown): boolean {
  if (typeof value === "string") return !/^(false|no|off|0|)$/i.test(value.trim());
  return value === true || (typeof value === "number" && value !== 0);
}
