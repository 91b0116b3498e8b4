/**
 * Whether a value is what choosing entries of a lov writes back (see protocol/lov_entries.ts, which the
 * browser uses to write it): an entry's item as the lov holds it, or its id with `value_by_id`; a list of
 * distinct ones for `multiple`.
 */
import { flatten, type LovEntry, readLov } from "../../protocol/lov_entries.ts";
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
 * The entry `value` chooses, or undefined when it is none of `entries`.
 *
 * @example
 * ```ts
 * chosenEntry("B", readLov("A;B"), false)?.id; // "B"
 * ```
 */
export function chosenEntry(
  value: unknown,
  entries: readonly LovEntry[],
  byId: boolean,
): LovEntry | undefined {
  if (byId) return typeof value === "string" ? entries.find((entry) => entry.id === value) : undefined;
  return entries.find((entry) => sameJson(entry.value, value));
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
  const what = choice.byId ? "ids" : "entries";
  if (!choice.multiple) {
    if (value === null && choice.nullable) return undefined;
    return chosenEntry(value, entries, choice.byId) !== undefined
      ? undefined
      : `expects one of the lov's ${entries.length} ${what}${choice.nullable ? " or null" : ""}`;
  }
  const expected = `expects a list of distinct ${what} of the lov (${entries.length} of them)`;
  if (!Array.isArray(value) || value.length > entries.length) return expected;
  const seen = new Set<LovEntry>();
  for (const one of value) {
    const entry = chosenEntry(one, entries, choice.byId);
    if (entry === undefined || seen.has(entry)) return expected;
    seen.add(entry);
  }
  return undefined;
}
