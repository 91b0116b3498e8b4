/**
 * What a table and its server side say to each other. A table's rows never travel in patches: its `data`
 * property arrives as a {@linkcode TableSummary} (row count, columns, version), and the browser asks for the
 * rows it shows with a {@linkcode TableQuery} sent as an element request. Shared by both sides.
 */

/** How a column's values compare, filter and show. */
export type ColumnType = "number" | "boolean" | "date" | "string" | "any";

/** One column of the data, with the type inferred from its values. */
export interface ColumnInfo {
  name: string;
  type: ColumnType;
}

/**
 * What the `data` property of a table carries instead of its rows.
 *
 * `lineage` stays the same while the data only grows at its end (`rows = [...rows, row]`): rows the browser
 * already holds are still right, and it fetches only the new ones it shows. A replacement starts a new
 * lineage.
 */
export interface TableSummary {
  kind: "table";
  /** Changes whenever the data changes. */
  version: number;
  lineage: number;
  count: number;
  columns: ColumnInfo[];
  /** The version this one grew from, and how many rows it had (absent after a replacement). */
  previous?: { version: number; count: number };
}

export type SortDirection = "asc" | "desc";

export interface SortSpec {
  column: string;
  direction: SortDirection;
}

/** The comparisons a filter offers. Numbers and dates compare as such; texts compare without regard to case. */
export const FILTER_OPERATORS = ["==", "!=", "<", "<=", ">", ">=", "contains", "starts with"] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface FilterSpec {
  column: string;
  op: FilterOperator;
  /** As the user typed it; read according to the column's type. */
  value: string;
}

/** Which rows, in which order: shared by page and CSV requests. */
export interface RowSelection {
  sort: SortSpec[];
  filters: FilterSpec[];
}

/** Rows `start` to `start + count` of the sorted and filtered data, with the values of `columns`. */
export interface PageQuery extends RowSelection {
  kind: "page";
  start: number;
  count: number;
  columns: string[];
}

/** A download of the sorted and filtered data as CSV; answered with a one-time URL. */
export interface CsvQuery extends RowSelection {
  kind: "csv";
  columns: string[];
}

/** A cell edit the user validated; `index` is the row's index in the data. */
export interface EditQuery {
  kind: "edit";
  index: number;
  col: string;
  value: unknown;
  user_value: string;
}

export interface AddQuery {
  kind: "add";
  index: number;
}

export interface DeleteQuery {
  kind: "delete";
  index: number;
}

export type TableQuery = PageQuery | CsvQuery | EditQuery | AddQuery | DeleteQuery;

/** One row of a page. */
export interface PageRow {
  /** The row's index in the data (what `selected`, edits and callbacks use). */
  index: number;
  /** The values of the requested columns, in their order. */
  values: unknown[];
  /** From `row_class_name`, computed for this row only. */
  className?: string;
  /** From `cell_class_name[col]`, by column. */
  cellClassNames?: Record<string, string>;
  /** From `tooltip` and `tooltip[col]`, by column. */
  tooltips?: Record<string, string>;
}

/** The answer to a PageQuery. */
export interface PageAnswer {
  rows: PageRow[];
  /** Rows after filtering. */
  total: number;
  version: number;
}

/** The answer to a CsvQuery: where the browser downloads the file (once, within a minute). */
export interface CsvAnswer {
  url: string;
  filename: string;
}

/** Path prefix of CSV downloads; a one-time token follows. */
export const TABLE_CSV_PATH = "/_tapir/table-csv/";
