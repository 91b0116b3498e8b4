/**
 * What an input's action sends: `{ key }`, one of its `action_keys` (a fixed list; Enter when
 * unset), read as client/elements/tp_input.ts reads them.
 */
import type { WriteCheck } from "../write_check.ts";
import { plainRecord } from "./plain_record.ts";

export const checkInputAction: WriteCheck = (payload, element) => {
  const keys = actionKeys(element.value("action_keys"));
  const expected = `expects { key } with a key among its action_keys (${keys.join(", ")})`;
  const key = plainRecord(payload, ["key"])?.["key"];
  return typeof key === "string" && keys.includes(key) ? undefined : expected;
};

function actionKeys(value: unknown): string[] {
  if (value === undefined || value === null) return ["Enter"];
  const list = Array.isArray(value) ? value.map(String) : String(value).split(";");
  return list.map((key) => key.trim());
}
