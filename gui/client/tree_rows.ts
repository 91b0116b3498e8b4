/**
 * The rows a tree shows: its entries, depth first, down to the nodes that are open. While a filter is
 * typed, the rows are the entries whose label matches and their ancestors, all open.
 */
import { toText } from "./coerce.ts";
import type { LovEntry } from "../protocol/lov_entries.ts";

/** One visible row of a tree. */
export interface TreeRow {
  entry: LovEntry;
  /** 1 for the top level, as `aria-level` counts. */
  level: number;
  /** The id of the row's parent, or undefined at the top level. */
  parent: string | undefined;
  open: boolean;
  /** Position among its siblings (1-based) and their number, for `aria-posinset` / `aria-setsize`. */
  position: number;
  siblings: number;
}

/**
 * Lists the visible rows of `entries`.
 *
 * @example
 * ```ts
 * const entries = readLov([["a", "A", [["a1", "A1"]]], "b"]);
 * treeRows(entries, new Set(["a"]), "").map((row) => row.entry.id); // ["a", "a1", "b"]
 * ```
 */
export function treeRows(entries: readonly LovEntry[], open: ReadonlySet<string>, filter: string): TreeRow[] {
  const rows: TreeRow[] = [];
  // Under an entry that matches, every descendant shows (`needle` is then "").
  const visit = (
    list: readonly LovEntry[],
    level: number,
    parent: string | undefined,
    needle: string,
  ): void => {
    const kept = needle === "" ? list : list.filter((entry) => matches(entry, needle));
    kept.forEach((entry, index) => {
      const isOpen = entry.children.length > 0 && (needle !== "" || open.has(entry.id));
      rows.push({ entry, level, parent, open: isOpen, position: index + 1, siblings: kept.length });
      const below = needle !== "" && entry.label.toLowerCase().includes(needle) ? "" : needle;
      if (isOpen) visit(entry.children, level + 1, entry.id, below);
    });
  };
  visit(entries, 1, undefined, filter.trim().toLowerCase());
  return rows;
}

/** True when the entry's label, or a descendant's, contains `needle` (lower case). */
function matches(entry: LovEntry, needle: string): boolean {
  return entry.label.toLowerCase().includes(needle) || entry.children.some((child) => matches(child, needle));
}

/**
 * The ids of `entry`'s siblings (the entries of the same level under the same parent), to close them when
 * only one node per level may be open (`expanded=false`).
 *
 * @example
 * ```ts
 * siblingIds(readLov([["a", "A", ["x"]], ["b", "B", ["y"]]]), "a"); // ["b"]
 * ```
 */
export function siblingIds(entries: readonly LovEntry[], id: string): string[] {
  for (const list of levels(entries)) {
    if (list.some((entry) => entry.id === id)) {
      return list.filter((entry) => entry.id !== id).map((e) => e.id);
    }
  }
  return [];
}

function* levels(entries: readonly LovEntry[]): Generator<readonly LovEntry[]> {
  yield entries;
  for (const entry of entries) yield* levels(entry.children);
}

/**
 * The tree's `expanded` property as the ids of its open nodes (a list, or "a;b" text); undefined when it is
 * true, false or unset, which leave the nodes to the user.
 *
 * @example
 * ```ts
 * expandedIds("fruit;veg"); // ["fruit", "veg"]
 * expandedIds(false); // undefined
 * ```
 */
export function expandedIds(expanded: unknown): string[] | undefined {
  if (Array.isArray(expanded)) return expanded.map((id) => toText(id));
  if (typeof expanded !== "string" || /^(true|false)$/i.test(expanded.trim())) return undefined;
  return expanded.split(";").map((id) => id.trim()).filter((id) => id !== "");
}
