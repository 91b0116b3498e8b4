/**
 * Keeps the row indexes whose values pass every filter. A filter's value is read according to its column's
 * type: `> 10` compares numbers in a number column, `< 2024-03-01` compares dates in a date column, and
 * `contains` / `starts with` compare text without regard to case.
 */
import type { ColumnType, FilterSpec } from "../../protocol/table_wire.ts";
import { numericKey } from "./sort_order.ts";
import type { TableSource } from "./table_source.ts";

type Test = (row: number) => boolean;

/**
 * The indexes of `order` (in that order) whose rows pass all `filters`. A filter on a column the data lacks
 * lets no row through.
 *
 * @example
 * ```ts
 * const source = readTableSource([{ a: 5 }, { a: 20 }])!;
 * filterRows(source, { a: "number" }, Uint32Array.of(0, 1), [{ column: "a", op: ">", value: "10" }]); // [1]
 * ```
 */
export function filterRows(
  source: TableSource,
  types: Readonly<Record<string, ColumnType>>,
  order: Uint32Array,
  filters: readonly FilterSpec[],
): Uint32Array {
  if (filters.length === 0) return order;
  const tests = filters.map((filter) => filterTest(source, types[filter.column] ?? "any", filter));
  const kept = new Uint32Array(order.length);
  let count = 0;
  for (const row of order) {
    if (tests.every((passes) => passes(row))) kept[count++] = row;
  }
  return kept.slice(0, count);
}

function filterTest(source: TableSource, type: ColumnType, filter: FilterSpec): Test {
  const read = source.column(filter.column);
  if (read === undefined) return () => false;
  const { op } = filter;
  if (op === "contains" || op === "starts with") {
    const wanted = filter.value.toLowerCase();
    return op === "contains"
      ? (row) => textOf(read(row)).includes(wanted)
      : (row) => textOf(read(row)).startsWith(wanted);
  }
  const numeric = type === "number" || type === "date" || type === "boolean";
  const target = numeric ? numericKey(parseTarget(filter.value, type)) : filter.value.toLowerCase();
  // A number filter whose value is no number ("abc") compares as text rather than matching nothing.
  if (numeric && !Number.isNaN(target)) {
    const compare = comparison(op);
    return (row) => {
      const value = numericKey(read(row));
      return !Number.isNaN(value) && compare(value, target as number);
    };
  }
  const compare = comparison(op);
  return (row) => {
    const value = read(row);
    return value !== null && value !== undefined && compare(textOf(value), String(target));
  };
}

function parseTarget(text: string, type: ColumnType): unknown {
  const trimmed = text.trim();
  if (type === "boolean") {
    const lower = trimmed.toLowerCase();
    return lower === "true" || lower === "yes" || lower === "1"
      ? true
      : lower === "false" || lower === "no" || lower === "0"
      ? false
      : trimmed;
  }
  return type === "date" ? trimmed : trimmed === "" ? Number.NaN : Number(trimmed);
}

function comparison(op: FilterSpec["op"]): <T extends number | string>(value: T, target: T) => boolean {
  switch (op) {
    case "==":
      return (value, target) => value === target;
    case "!=":
      return (value, target) => value !== target;
    case "<":
      return (value, target) => value < target;
    case "<=":
      return (value, target) => value <= target;
    case ">":
      return (value, target) => value > target;
    case ">=":
      return (value, target) => value >= target;
    case "contains":
    case "starts with":
      return (value, target) => String(value).includes(String(target));
    default: {
      const unknown: never = op;
      throw new Error(`unknown filter operator ${String(unknown)}`);
    }
  }
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().toLowerCase();
  return String(value).toLowerCase();
}
