/**
 * A table's data seen one way whatever form the app holds it in: an array of records
 * (`[{ name: "a", x: 1 }]`) or an object of columns (`{ name: ["a"], x: [1] }`).
 */

/** Reads the value of one column at a row index. */
export type CellReader = (row: number) => unknown;

export interface TableSource {
  /** The app's value itself: what caches are keyed by. */
  readonly data: object;
  readonly count: number;
  /** Column names, in the order the data gives them. */
  readonly columns: readonly string[];
  /** A reader for `column`, or undefined when the data has no such column. */
  column(column: string): CellReader | undefined;
  /** Row `index` as a record (what class name and tooltip functions receive). */
  record(index: number): Record<string, unknown>;
}

/** Records whose keys are read to find the columns: enough for ragged data, bounded for big data. */
const KEY_SAMPLE = 1000;

/**
 * The data as a TableSource, or undefined when it is neither form.
 *
 * @example
 * ```ts
 * const source = readTableSource([{ a: 1 }, { a: 2, b: "x" }]);
 * source?.columns; // ["a", "b"]
 * source?.column("b")?.(1); // "x"
 * ```
 */
export function readTableSource(data: unknown): TableSource | undefined {
  if (Array.isArray(data)) return recordsSource(data);
  if (typeof data === "object" && data !== null && Object.values(data).every(Array.isArray)) {
    return columnsSource(data as Record<string, unknown[]>);
  }
  return undefined;
}

function recordsSource(rows: readonly unknown[]): TableSource {
  const names = new Set<string>();
  const step = Math.max(1, Math.floor(rows.length / KEY_SAMPLE));
  for (let index = 0; index < rows.length; index += step) {
    const row = rows[index];
    if (isRecord(row)) { for (const key of Object.keys(row)) names.add(key); }
  }
  const columns = [...names];
  const known = new Set(columns);
  const cell = (index: number, column: string): unknown => {
    const row = rows[index];
    return isRecord(row) ? row[column] : undefined;
  };
  return {
    data: rows,
    count: rows.length,
    columns,
    column: (column) => (known.has(column) ? (index) => cell(index, column) : undefined),
    record: (index) => {
      const row = rows[index];
      return isRecord(row) ? row : {};
    },
  };
}

function columnsSource(table: Record<string, unknown[]>): TableSource {
  const columns = Object.keys(table);
  const count = columns.reduce((most, name) => Math.max(most, table[name]?.length ?? 0), 0);
  return {
    data: table,
    count,
    columns,
    column: (column) => {
      const values = Object.hasOwn(table, column) ? table[column] : undefined;
      return values === undefined ? undefined : (index) => values[index];
    },
    record: (index) => Object.fromEntries(columns.map((name) => [name, table[name]?.[index]])),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
