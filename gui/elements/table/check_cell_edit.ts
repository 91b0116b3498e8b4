/**
 * What an editable table's cell editor can send: a row that exists, a column of the data, and a value of
 * the column's type as the browser's editQuery (client/table/table_requests.ts) makes it from the text typed:
 * a finite number in a number column, true or false in a boolean one, an ISO date in a date one, text
 * elsewhere. Anything else never reaches the app's `on_edit`.
 */
import type { EditQuery } from "../../protocol/table_wire.ts";
import { isoInstant } from "../writes/date_rule.ts";
import { describeValue } from "../writes/describe_value.ts";
import { MAX_INPUT_LENGTH } from "../writes/input_write.ts";
import type { TableEntry } from "./table_entries.ts";

/**
 * Undefined when the edit fits the table as it is; else what is wrong.
 *
 * @example
 * ```ts
 * cellEditProblem(entry, { kind: "edit", index: 0, col: "price", value: "cheap", user_value: "cheap" });
 * // 'column "price" holds numbers: expects a finite number; got "cheap"'
 * ```
 */
export function cellEditProblem(entry: TableEntry | undefined, edit: EditQuery): string | undefined {
  const count = entry?.summary.count ?? 0;
  if (edit.index >= count) return `row ${edit.index} does not exist (the table has ${count} rows)`;
  const column = entry?.summary.columns.find((info) => info.name === edit.col);
  if (column === undefined) return `the table has no column "${edit.col}"`;
  const { value } = edit;
  let expected: string | undefined;
  switch (column.type) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        expected = "holds numbers: expects a finite number";
      }
      break;
    case "boolean":
      if (typeof value !== "boolean") expected = "holds booleans: expects true or false";
      break;
    case "date":
      if (isoInstant(value) === undefined) expected = "holds dates: expects an ISO 8601 date string";
      break;
    case "string":
    case "any":
      if (typeof value !== "string" || value.length > MAX_INPUT_LENGTH) {
        expected = `holds text: expects a string of at most ${MAX_INPUT_LENGTH} characters`;
      }
      break;
    default: {
      const unknown: never = column.type;
      return `column "${edit.col}" has an unknown type ${String(unknown)}`;
    }
  }
  return expected === undefined ? undefined : `column "${edit.col}" ${expected}; got ${describeValue(value)}`;
}
