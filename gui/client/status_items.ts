/**
 * Reads the status element's value in the forms Taipy accepts: a `[status, message]` pair, an object
 * `{status, message}`, or a list of either.
 */
import { toText } from "./coerce.ts";

/** A status's kind, from lowest to highest priority. */
export type StatusKind = "info" | "success" | "warning" | "error";

/** One line of the status element. */
export interface StatusItem {
  kind: StatusKind;
  message: string;
}

const KINDS: Readonly<Record<string, StatusKind>> = { i: "info", s: "success", w: "warning", e: "error" };

/** The kind a status word names by its first letter ("Warning", "w", "warn"); any other word is info. */
export function statusKind(value: unknown): StatusKind {
  return KINDS[toText(value).trim().charAt(0).toLowerCase()] ?? "info";
}

/**
 * The lines to show, in the order given.
 *
 * @example
 * ```ts
 * toStatusItems(["w", "Disk almost full"]); // [{ kind: "warning", message: "Disk almost full" }]
 * toStatusItems([{ status: "error", message: "Down" }, ["s", "Saved"]]).length; // 2
 * ```
 */
export function toStatusItems(value: unknown): StatusItem[] {
  if (value === null || value === undefined) return [];
  // A list whose first entry is itself a pair or an object is a list of statuses; otherwise it is one pair.
  if (Array.isArray(value) && value.some((entry) => typeof entry === "object" && entry !== null)) {
    return value.flatMap((entry: unknown) => {
      const item = toStatusItem(entry);
      return item === undefined ? [] : [item];
    });
  }
  const item = toStatusItem(value);
  return item === undefined ? [] : [item];
}

function toStatusItem(entry: unknown): StatusItem | undefined {
  if (Array.isArray(entry)) {
    return entry.length === 0 ? undefined : { kind: statusKind(entry[0]), message: toText(entry[1]) };
  }
  if (typeof entry === "object" && entry !== null) {
    const { status, message } = entry as { status?: unknown; message?: unknown };
    return { kind: statusKind(status), message: toText(message) };
  }
  if (entry === null || entry === undefined) return undefined;
  // A bare string is a message of its own.
  return { kind: "info", message: toText(entry) };
}
