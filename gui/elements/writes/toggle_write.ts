/**
 * What a toggle writes: true or false; with a `lov`, the id of one of its items (as client/lov.ts reads it:
 * the item, an `[id, label]` pair's first member, or an object's `id`), or the `unselected_value` (null by
 * default) when `allow_unselect` lets a second press clear it.
 */
import type { WriteCheck } from "../write_check.ts";
import { checkBooleanWrite } from "./boolean_write.ts";
import { flagOf } from "./element_flags.ts";
import { sameJson } from "./same_json.ts";

/** The toggle's `value` rule. */
export const checkToggleWrite: WriteCheck = (value, element) => {
  const lov = element.value("lov");
  if (lov === undefined || lov === null) return checkBooleanWrite(value, element);
  const ids = lovIds(lov);
  if (ids.some((id) => sameJson(id, value))) return undefined;
  const unselect = flagOf(element, "allow_unselect", false);
  if (unselect && sameJson(element.value("unselected_value") ?? null, value)) return undefined;
  return `expects the id of one of the toggle's ${ids.length} items${
    unselect ? " or its unselected_value" : ""
  }`;
};

function lovIds(lov: unknown): unknown[] {
  const items = typeof lov === "string"
    ? lov.split(";").filter((part) => part !== "")
    : Array.isArray(lov)
    ? lov
    : [];
  return items.map((item: unknown) => {
    if (Array.isArray(item)) return item[0];
    if (typeof item === "object" && item !== null && "id" in item) return (item as { id: unknown }).id;
    return item;
  });
}
