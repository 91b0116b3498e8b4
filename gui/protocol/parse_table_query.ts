/**
 * Narrows a table request's query (`unknown`, from the browser) to a TableQuery, or throws a
 * TableQueryError saying what is wrong. Limits keep one request from asking the server for unbounded work.
 */
import {
  FILTER_OPERATORS,
  type FilterOperator,
  type FilterSpec,
  type RowSelection,
  type SortSpec,
  type TableQuery,
} from "./table_wire.ts";

/** A query that is not well formed. */
export class TableQueryError extends Error {
  override name = "TableQueryError";
}

/** The most rows one page request may ask for (`show_all` on a bigger table pages through them). */
export const MAX_PAGE_ROWS = 100_000;
const MAX_LIST = 64;
const MAX_TEXT = 1000;

/**
 * @example
 * ```ts
 * parseTableQuery({ kind: "page", start: 0, count: 100, columns: ["a"], sort: [], filters: [] });
 * ```
 */
export function parseTableQuery(query: unknown): TableQuery {
  if (!isRecord(query)) throw new TableQueryError("a table query must be an object");
  switch (query.kind) {
    case "page": {
      const count = integer(query, "count", 0, MAX_PAGE_ROWS);
      return {
        kind: "page",
        start: integer(query, "start"),
        count,
        columns: columns(query),
        ...selection(query),
      };
    }
    case "csv":
      return { kind: "csv", columns: columns(query), ...selection(query) };
    case "edit": {
      const userValue = query.user_value;
      return {
        kind: "edit",
        index: integer(query, "index"),
        col: text(query.col, "col"),
        value: query.value,
        user_value: typeof userValue === "string" ? userValue.slice(0, MAX_TEXT) : String(query.value),
      };
    }
    case "add":
    case "delete":
      return { kind: query.kind, index: integer(query, "index") };
    default:
      throw new TableQueryError(`unknown table query kind ${JSON.stringify(query.kind)}`);
  }
}

function selection(query: Record<string, unknown>): RowSelection {
  return {
    sort: list(query.sort, "sort").map(sortSpec),
    filters: list(query.filters, "filters").map(filterSpec),
  };
}

function sortSpec(value: unknown): SortSpec {
  if (!isRecord(value)) throw new TableQueryError("a sort entry must be an object");
  const direction = value.direction;
  if (direction !== "asc" && direction !== "desc") {
    throw new TableQueryError(`sort direction must be "asc" or "desc"`);
  }
  return { column: text(value.column, "sort column"), direction };
}

function filterSpec(value: unknown): FilterSpec {
  if (!isRecord(value)) throw new TableQueryError("a filter must be an object");
  const op = value.op;
  if (!FILTER_OPERATORS.includes(op as FilterOperator)) {
    throw new TableQueryError(
      `unknown filter operator ${JSON.stringify(op)} (use one of ${FILTER_OPERATORS.join(", ")})`,
    );
  }
  const raw = value.value;
  const shown = typeof raw === "number" || typeof raw === "boolean"
    ? String(raw)
    : text(raw, "filter value", true);
  return { column: text(value.column, "filter column"), op: op as FilterOperator, value: shown };
}

function columns(query: Record<string, unknown>): string[] {
  return list(query.columns, "columns").map((name) => text(name, "column name"));
}

function list(value: unknown, name: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_LIST) {
    throw new TableQueryError(`"${name}" must be a list of at most ${MAX_LIST} entries`);
  }
  return value;
}

function text(value: unknown, name: string, emptyAllowed = false): string {
  if (typeof value !== "string" || value.length > MAX_TEXT || (!emptyAllowed && value === "")) {
    throw new TableQueryError(`${name} must be a non-empty string of at most ${MAX_TEXT} characters`);
  }
  return value;
}

function integer(
  query: Record<string, unknown>,
  name: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = query[name];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TableQueryError(`"${name}" must be an integer from ${min} to ${max}`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
