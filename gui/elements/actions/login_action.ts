/**
 * What a login's action sends: `{ user, password, args: [user, password, page] }`, the form's two fields and
 * the page it sits on (client/elements/tp_login.ts). Each string is bounded like an input's value.
 */
import type { WriteCheck } from "../write_check.ts";
import { MAX_INPUT_LENGTH } from "../writes/input_write.ts";
import { boundedText, plainRecord } from "./plain_record.ts";

export const checkLoginAction: WriteCheck = (payload) => {
  const expected =
    `expects { user, password, args: [user, password, page] } of strings of at most ${MAX_INPUT_LENGTH} characters`;
  const record = plainRecord(payload, ["user", "password", "args"]);
  if (record === undefined) return expected;
  const { user, password, args } = record;
  if (!boundedText(user, MAX_INPUT_LENGTH) || !boundedText(password, MAX_INPUT_LENGTH)) return expected;
  if (!Array.isArray(args) || args.length !== 3 || args[0] !== user || args[1] !== password) return expected;
  return boundedText(args[2], MAX_INPUT_LENGTH) ? undefined : expected;
};
