/**
 * The requests a table sends its server side, over the page's connection (so they survive a reconnect).
 * Failures are logged, not thrown: a table that could not load a page keeps showing the last one.
 */
import type { EditQuery, FilterSpec, PageAnswer, SortSpec, TableQuery } from "../../protocol/table_wire.ts";
import { pageContext } from "../page_context.ts";
import { readCsvAnswer, readPageAnswer } from "./read_table_values.ts";

/** The columns, sort and filters rows are fetched with. */
export interface RowParts {
  columns: string[];
  sort: SortSpec[];
  filters: FilterSpec[];
}

/** Sends `query` for element `index`; undefined when it failed. */
export async function tableRequest(index: number, query: TableQuery): Promise<unknown> {
  try {
    return await pageContext().connection.request(index, query);
  } catch (error) {
    console.warn(
      `Tapir: table request "${query.kind}" failed: ${error instanceof Error ? error.message : error}`,
    );
    return undefined;
  }
}

/** Rows `start` to `start + count`. */
export async function fetchRows(
  index: number,
  start: number,
  count: number,
  parts: RowParts,
): Promise<PageAnswer | undefined> {
  return readPageAnswer(await tableRequest(index, { kind: "page", start, count, ...parts }));
}

/** Asks for the CSV of the sorted and filtered rows and has the browser download it. */
export async function downloadCsv(index: number, parts: RowParts): Promise<void> {
  const answer = readCsvAnswer(await tableRequest(index, { kind: "csv", ...parts }));
  if (answer === undefined) return;
  // A plain link: the browser streams the file to disk instead of holding it in the page's memory.
  const link = document.createElement("a");
  link.href = answer.url;
  link.download = answer.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * The value an edit sends: the typed text read as the column's type (a number column gets a number when
 * the text is one), next to the text itself (`user_value`).
 *
 * @example
 * ```ts
 * editQuery(3, "price", "number", "12.5"); // { kind: "edit", index: 3, col: "price", value: 12.5, user_value: "12.5" }
 * ```
 */
export function editQuery(index: number, col: string, type: string, text: string): EditQuery {
  let value: unknown = text;
  if (type === "number" && text.trim() !== "" && Number.isFinite(Number(text))) value = Number(text);
  else if (type === "boolean" && /^(true|false)$/i.test(text.trim())) {
    value = text.trim().toLowerCase() === "true";
  }
  return { kind: "edit", index, col, value, user_value: text };
}
