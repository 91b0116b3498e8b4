/**
 * What a chat's action sends: `{ text, senderId, args: [reason, key, text, senderId] }`, the message typed,
 * Enter or a click as its reason, and the bound variable's key (client/elements/tp_chat.ts). The message is
 * bounded like an input's value.
 */
import type { WriteCheck } from "../write_check.ts";
import { MAX_INPUT_LENGTH } from "../writes/input_write.ts";
import { boundedText, plainRecord } from "./plain_record.ts";

export const checkChatAction: WriteCheck = (payload) => {
  const expected =
    `expects { text, senderId, args: [reason, key, text, senderId] } with a message of at most ${MAX_INPUT_LENGTH} characters`;
  const record = plainRecord(payload, ["text", "senderId", "args"]);
  if (record === undefined) return expected;
  const { text, senderId, args } = record;
  if (!boundedText(text, MAX_INPUT_LENGTH) || !boundedText(senderId, MAX_INPUT_LENGTH)) return expected;
  if (!Array.isArray(args) || args.length !== 4) return expected;
  const [reason, key, echoedText, echoedSender] = args;
  const fits = (reason === "Enter" || reason === "click") && boundedText(key, MAX_INPUT_LENGTH) &&
    echoedText === text && echoedSender === senderId;
  return fits ? undefined : expected;
};
