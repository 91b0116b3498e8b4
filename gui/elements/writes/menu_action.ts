/**
 * What a menu's action sends: `{ id, args: [id] }` for an entry of its lov that `inactive_ids` does not
 * disable. Ids as client/elements/tp_menu.ts sends them: as the lov holds them, an object id as its JSON.
 */
import type { WriteCheck } from "../write_check.ts";
import { sameJson } from "./same_json.ts";

/** The menu's action payload rule. */
export const checkMenuAction: WriteCheck = (payload, element) => {
  const ids = lovIds(element.value("lov"));
  const inactive = new Set(lovIds(element.value("inactive_ids")).map(idText));
  const expected = `expects { id, args: [id] } for one of the menu's ${ids.length} entries that is active`;
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return expected;
  const { id, args } = payload as { id?: unknown; args?: unknown };
  const known = ids.some((one) => sameJson(one, id));
  const echoed = Array.isArray(args) && args.length === 1 && sameJson(id, args[0]);
  return known && echoed && !inactive.has(idText(id)) && Object.keys(payload).length === 2
    ? undefined
    : expected;
};

/** Each entry's id, as client/lov.ts reads a lov (an object id travels as its JSON text). */
function lovIds(lov: unknown): unknown[] {
  const items = typeof lov === "string"
    ? lov.split(";").map((part) => part.trim()).filter((part) => part !== "")
    : Array.isArray(lov)
    ? lov
    : [];
  return items.map((item: unknown) => {
    const id = Array.isArray(item)
      ? item[0]
      : typeof item === "object" && item !== null && "id" in item
      ? (item as { id: unknown }).id
      : item;
    return typeof id === "object" && id !== null ? JSON.stringify(id) : id;
  });
}

function idText(id: unknown): string {
  return typeof id === "string" ? id : JSON.stringify(id) ?? "";
}
