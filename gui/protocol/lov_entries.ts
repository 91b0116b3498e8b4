/**
 * Lists of values as the selector, the tree and the slider read them: each entry with its id, its label,
 * the value written back when it is chosen, and its children (a tree's nested lov). Shared by the browser,
 * which renders them, and the server, which accepts only what choosing entries can write back.
 */
import { toText } from "./to_text.ts";

/** One entry of a lov. */
export interface LovEntry {
  id: string;
  label: string;
  /** The item as the lov holds it: what is written back unless the element writes ids (`value_by_id`). */
  value: unknown;
  children: LovEntry[];
}

/**
 * Reads a lov in every form Taipy takes: "A;B;C", an array of values, `[id, label]` or
 * `[id, label, children]` arrays, `{ id, label, children }` objects, or what the server's adapter made
 * (`{ adapted: [{ id, label, item, children }] }`).
 *
 * @example
 * ```ts
 * readLov("A;B")[1]; // { id: "B", label: "B", value: "B", children: [] }
 * readLov([["fr", "French"]])[0]?.value; // ["fr", "French"]
 * ```
 */
export function readLov(lov: unknown): LovEntry[] {
  if (typeof lov === "string") return readLov(lov.split(";").filter((part) => part !== ""));
  if (isAdapted(lov)) return lov.adapted.map(readAdapted);
  return Array.isArray(lov) ? lov.map(readEntry) : [];
}

function readEntry(item: unknown): LovEntry {
  if (Array.isArray(item)) {
    const [id, label, children] = item as unknown[];
    return { id: toText(id), label: toText(label ?? id), value: item, children: readChildren(children) };
  }
  if (typeof item === "object" && item !== null && "id" in item) {
    const { id, label, children } = item as { id: unknown; label?: unknown; children?: unknown };
    return { id: toText(id), label: toText(label ?? id), value: item, children: readChildren(children) };
  }
  return { id: toText(item), label: toText(item), value: item, children: [] };
}

function readChildren(children: unknown): LovEntry[] {
  return Array.isArray(children) ? children.map(readEntry) : [];
}

interface AdaptedItem {
  id?: unknown;
  label?: unknown;
  item?: unknown;
  children?: unknown;
}

function isAdapted(lov: unknown): lov is { adapted: AdaptedItem[] } {
  return typeof lov === "object" && lov !== null && Array.isArray((lov as { adapted?: unknown }).adapted);
}

function readAdapted(entry: AdaptedItem): LovEntry {
  const children = Array.isArray(entry.children) ? (entry.children as AdaptedItem[]).map(readAdapted) : [];
  return { id: toText(entry.id), label: toText(entry.label ?? entry.id), value: entry.item, children };
}

/**
 * What choosing `entry` writes back: its id with `value_by_id`, else the item as the lov holds it.
 *
 * @example
 * ```ts
 * chosenValue({ id: "fr", label: "French", value: ["fr", "French"], children: [] }, true); // "fr"
 * ```
 */
export function chosenValue(entry: LovEntry, byId: boolean): unknown {
  return byId ? entry.id : entry.value;
}

/**
 * What selecting the entries `ids` writes back, in the lov's order: a list when `multiple`, else the one
 * item (or null for none).
 *
 * @example
 * ```ts
 * selectionValue(readLov("A;B;C"), ["C", "A"], { byId: false, multiple: true }); // ["A", "C"]
 * ```
 */
export function selectionValue(
  entries: readonly LovEntry[],
  ids: Iterable<string>,
  options: { byId: boolean; multiple: boolean },
): unknown {
  const wanted = new Set(ids);
  const values = flatten(entries).filter((entry) => wanted.has(entry.id)).map((entry) =>
    chosenValue(entry, options.byId)
  );
  return options.multiple ? values : (values[0] ?? null);
}

/**
 * The ids of the entries `value` selects: the value itself (or each value, when `multiple`), matched as
 * an id, as an item equal to the lov's, or as an `[id, label]` pair or `{ id }` object.
 *
 * @example
 * ```ts
 * selectedIds(["A", "C"], readLov("A;B;C"), true); // Set { "A", "C" }
 * ```
 */
export function selectedIds(value: unknown, entries: readonly LovEntry[], multiple: boolean): Set<string> {
  const chosen = multiple
    ? (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])
    : [value];
  const ids = new Set<string>();
  const all = flatten(entries);
  for (const one of chosen) {
    if (one === null || one === undefined) continue;
    const json = JSON.stringify(one);
    const byItem = all.find((entry) => entry.value !== entry.id && JSON.stringify(entry.value) === json);
    ids.add(byItem?.id ?? idOf(one));
  }
  return ids;
}

/** Every entry, children included, depth first. */
export function flatten(entries: readonly LovEntry[]): LovEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)]);
}

function idOf(value: unknown): string {
  if (Array.isArray(value)) return toText(value[0]);
  if (typeof value === "object" && value !== null && "id" in value) {
    return toText((value as { id: unknown }).id);
  }
  return toText(value);
}
