/**
 * What a chart's `on_click` sends: `{ x, y, index, trace }`, the clicked point's coordinates (scalars; JSON
 * drops one that is undefined), its row and its trace (client/chart/series_rows.ts clickPayload).
 */
import type { WriteCheck } from "../write_check.ts";
import { MAX_INPUT_LENGTH } from "../writes/input_write.ts";

/** Rows and traces are array indexes: past this, no chart could hold them. */
const MAX_INDEX = 2 ** 32 - 2;
const KEYS = new Set(["x", "y", "index", "trace"]);

export const checkChartAction: WriteCheck = (payload) => {
  const expected =
    `expects { x, y, index, trace } with indexes from 0 to ${MAX_INDEX} and scalar coordinates`;
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return expected;
  const record = payload as Record<string, unknown>;
  if (!Object.keys(record).every((key) => KEYS.has(key))) return expected;
  const fits = isIndex(record["index"]) && isIndex(record["trace"]) && isCoordinate(record["x"]) &&
    isCoordinate(record["y"]);
  return fits ? undefined : expected;
};

function isIndex(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INDEX;
}

/** A point's coordinate as the chart gives it: a number, a category or date text, or nothing. */
function isCoordinate(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "number" && Number.isFinite(value)) ||
    (typeof value === "string" && value.length <= MAX_INPUT_LENGTH);
}
