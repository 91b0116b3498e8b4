import { toText } from "./coerce.ts";

/** One entry of a list of values: what is written back, and what is shown. */
export interface LovItem {
  id: unknown;
  label: string;
}

/**
 * Reads a list of values (`lov`) in the forms Taipy accepts: "A;B;C", an array of values,
 * `[id, label]` pairs, or objects with `id` and `label`.
 *
 * @example
 * ```ts
 * toLov("A;B"); // [{ id: "A", label: "A" }, { id: "B", label: "B" }]
 * toLov([["fr", "French"]]); // [{ id: "fr", label: "French" }]
 * ```
 */
export function toLov(value: unknown): LovItem[] {
  if (typeof value === "string") {
    return value.split(";").filter((part) => part !== "").map((part) => ({ id: part, label: part }));
  }
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown): LovItem => {
    if (Array.isArray(entry)) return { id: entry[0], label: toText(entry[1] ?? entry[0]) };
    if (typeof entry === "object" && entry !== null && "id" in entry) {
      const { id, label } = entry as { id: unknown; label?: unknown };
      return { id, label: toText(label ?? id) };
    }
    return { id: entry, label: toText(entry) };
  });
}

/**
 * The id a value selects, as text: the value itself, or the id of an item given whole.
 *
 * @example
 * ```ts
 * lovId(["fr", "French"]); // "fr"
 * lovId(3); // "3"
 * ```
 */
export function lovId(value: unknown): string {
  if (Array.isArray(value)) return toText(value[0]);
  if (typeof value === "object" && value !== null && "id" in value) return toText((value as { id: unknown }).id);
  return toText(value);
}
