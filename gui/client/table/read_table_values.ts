/**
 * Narrows what the server sent for a table (`unknown`: a bound value, a response's data) to the table's wire
 * types. A value that does not fit reads as nothing, so a table never renders from a malformed message.
 */
import {
  type ColumnInfo,
  type ColumnType,
  type CsvAnswer,
  type PageAnswer,
  type PageRow,
  TABLE_CSV_PATH,
  type TableSummary,
} from "../../protocol/table_wire.ts";

const COLUMN_TYPES: readonly ColumnType[] = ["number", "boolean", "date", "string", "any"];

/**
 * The `data` property's summary, or undefined.
 *
 * @example
 * ```ts
 * readTableSummary({ kind: "table", version: 1, lineage: 1, count: 0, columns: [] })?.count; // 0
 * ```
 */
export function readTableSummary(value: unknown): TableSummary | undefined {
  if (!isRecord(value) || value.kind !== "table") return undefined;
  const { version, lineage, count, columns, previous } = value;
  if (!isCount(version) || !isCount(lineage) || !isCount(count) || !Array.isArray(columns)) return undefined;
  const summary: TableSummary = {
    kind: "table",
    version,
    lineage,
    count,
    columns: columns.flatMap(readColumn),
  };
  if (isRecord(previous) && isCount(previous.version) && isCount(previous.count)) {
    summary.previous = { version: previous.version, count: previous.count };
  }
  return summary;
}

/** A page of rows, or undefined. */
export function readPageAnswer(value: unknown): PageAnswer | undefined {
  if (!isRecord(value) || !Array.isArray(value.rows) || !isCount(value.total) || !isCount(value.version)) {
    return undefined;
  }
  return { rows: value.rows.flatMap(readRow), total: value.total, version: value.version };
}

/** Where to download a CSV, or undefined. */
export function readCsvAnswer(value: unknown): CsvAnswer | undefined {
  if (!isRecord(value) || typeof value.url !== "string" || typeof value.filename !== "string") {
    return undefined;
  }
  // Only this server's own download path: a response must never send the browser elsewhere.
  return value.url.startsWith(TABLE_CSV_PATH) ? { url: value.url, filename: value.filename } : undefined;
}

function readColumn(value: unknown): ColumnInfo[] {
  if (!isRecord(value) || typeof value.name !== "string") return [];
  const type = COLUMN_TYPES.includes(value.type as ColumnType) ? value.type as ColumnType : "any";
  return [{ name: value.name, type }];
}

function readRow(value: unknown): PageRow[] {
  if (!isRecord(value) || !isCount(value.index) || !Array.isArray(value.values)) return [];
  const row: PageRow = { index: value.index, values: value.values };
  if (typeof value.className === "string") row.className = value.className;
  const cellClassNames = textRecord(value.cellClassNames);
  if (cellClassNames !== undefined) row.cellClassNames = cellClassNames;
  const tooltips = textRecord(value.tooltips);
  if (tooltips !== undefined) row.tooltips = tooltips;
  return [row];
}

function textRecord(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
