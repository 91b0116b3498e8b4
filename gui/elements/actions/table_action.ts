/**
 * What a table's row action sends: `{ index, col, value, reason: "click" }`, a row of the data as it is for
 * this state, the clicked column (null from the keyboard) and that cell's value as it travelled
 * (client/table/row_actions.ts). Edits, additions and deletions go through the table's requests instead,
 * checked there (table/check_cell_edit.ts).
 */
import type { WriteCheck } from "../write_check.ts";
import { readTableData } from "../table/data_summary.ts";
import { tableEntry } from "../table/table_entries.ts";
import { MAX_INPUT_LENGTH } from "../writes/input_write.ts";
import { sameJson } from "../writes/same_json.ts";
import { plainRecord } from "./plain_record.ts";

export const checkTableAction: WriteCheck = (payload, element) => {
  const source = tableEntry(readTableData(element))?.source;
  const count = source?.count ?? 0;
  const expected = `expects { index, col, value, reason: "click" } for a row from 0 to ${count - 1}`;
  const record = plainRecord(payload, ["index", "col", "value", "reason"]);
  if (record === undefined || record["reason"] !== "click") return expected;
  const { index, col, value } = record;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= count) return expected;
  if (col === null) return value === null ? undefined : `${expected}, and a null value without a column`;
  if (typeof col !== "string" || source?.column(col) === undefined) {
    return `${expected} and one of its columns`;
  }
  const cell = source.record(index as number)[col];
  return isCellText(value) || sameJson(cell, value) ? undefined : `${expected} and that cell's value`;
};

/** A cell's value as a page of rows carries it: a scalar, text bounded like an input's. */
function isCellText(value: unknown): boolean {
  return value === null || typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    (typeof value === "string" && value.length <= MAX_INPUT_LENGTH);
}
