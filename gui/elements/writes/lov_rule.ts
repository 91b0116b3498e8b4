/**
 * Whether a value is what choosing entries of a lov writes back (see protocol/lov_entries.ts, which the
 * browser uses to write it): an entry's item as the lov holds it, or its id with `value_by_id`; a list of
 * distinct ones for `multiple`.
 */
import { flatten, type LovEntry, readLov } from "../../protocol/lov_entries.ts";
import { textSize } from "../../expressions/text_size.ts";
import { sameJson } from "./same_json.ts";

export interface LovChoice {
  /** The element writes ids (`value_by_id`) rather than items. */
  byId: boolean;
  /** The element writes a list of entries. */
  multiple: boolean;
  /** Unselecting the one entry writes null (a selector's radio or check box). */
  nullable: boolean;
  /** Only some entries can be chosen (a tree with `select_leafs_only`). */
  choosable?: (entry: LovEntry) => boolean;
}

/**
 * A finder of the entry a value chooses, or undefined when it is none of `entries`. Items are found by
 * their JSON text, so a multiple selection of a long lov costs one look-up per value; a large item, or one
 * sent with its keys in another order, is still found by the slower walk (sameJson).
 *
 * @example
 * ```ts
 * lovLookup(readLov("A;B"), false)("B")?.id; // "B"
 * ```
 */
export function lovLookup(
  entries: readonly LovEntry[],
  byId: boolean,
): (value: unknown) => LovEntry | undefined {
  if (byId) {
    const ids = new Map<string, LovEntry>();
    for (const entry of entries) if (!ids.has(entry.id)) ids.set(entry.id, entry);
    return (value) => (typeof value === "string" ? ids.get(value) : undefined);
  }
  const items = new Map<string, LovEntry>();
  for (const entry of entries) {
    const json = jsonOf(entry.value);
    if (json !== undefined && !items.has(json)) items.set(json, entry);
  }
  return (value) => {
    // Serialise only what is small (and so shallow) for sure; anything else is compared by the walk.
    const small = textSize(value, SMALL_TEXT) <= SMALL_TEXT;
    const json = small ? jsonOf(value) : undefined;
    return (json === undefined ? undefined : items.get(json)) ??
      entries.find((entry) => sameJson(entry.value, value));
  };
}

/** A value whose text is at most this (textSize) is nested at most this deep: safe to serialise. */
const SMALL_TEXT = 2000;

function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    // A cycle or a BigInt: such an item is found by the walk only.
    return undefined;
  }
}

/**
 * Undefined when `value` is a choice of `lov` (every entry at any depth); else what is expected.
 *
 * @example
 * ```ts
 * lovProblem("C", "A;B", { byId: false, multiple: false, nullable: false }); // "expects one of the lov's 2 entries"
 * ```
 */
export function lovProblem(value: unknown, lov: unknown, choice: LovChoice): string | undefined {
  const entries = flatten(readLov(lov)).filter((entry) => choice.choosable?.(entry) ?? true);
  const chosenEntry = lovLookup(entries, choice.byId);
  const what = choice.byId ? "ids" : "entries";
  if (!choice.multiple) {
    if (value === null && choice.nullable) return undefined;
    return chosenEntry(value) !== undefined
      ? undefined
      : `expects one of the lov's ${entries.length} ${what}${choice.nullable ? " or null" : ""}`;
  }
  const expected = `expects a list of distinct ${what} of the lov (${entries.length} of them)`;
  if (!Array.isArray(value) || value.length > entries.length) return expected;
  const seen = new Set<LovEntry>();
  for (const one of value) {
    const entry = chosenEntry(one);
    if (entry === undefined || seen.has(entry)) return expected;
    seen.add(entry);
  }
  return undefined;
}
