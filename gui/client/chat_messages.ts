/** Reads the chat element's `messages` and `users` in the forms Taipy accepts, and the forms JS code uses. */
import { toText } from "./coerce.ts";
import { toLov } from "./lov.ts";

/** One message of the conversation. */
export interface ChatMessage {
  id: string;
  text: string;
  senderId: string;
}

/**
 * The messages to show, oldest first: `[id, text, senderId]` triples or objects `{id, text, senderId}`
 * (`content` and `sender_id` are read too). Entries of any other shape are left out.
 *
 * @example
 * ```ts
 * toChatMessages([["1", "Hello", "ada"]]); // [{ id: "1", text: "Hello", senderId: "ada" }]
 * ```
 */
export function toChatMessages(value: unknown): ChatMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown, index): ChatMessage[] => {
    if (Array.isArray(entry)) {
      return [{ id: toText(entry[0] ?? index), text: toText(entry[1]), senderId: toText(entry[2]) }];
    }
    if (typeof entry === "object" && entry !== null) {
      const item = entry as Record<string, unknown>;
      return [{
        id: toText(item.id ?? index),
        text: toText(item.text ?? item.content ?? item.message),
        senderId: toText(item.senderId ?? item.sender_id ?? item.sender),
      }];
    }
    return [];
  });
}

/**
 * User id -> the name to show, from `users` given as ids, `[id, name]` pairs or `{id, label}` objects.
 *
 * @example
 * ```ts
 * chatUserNames([["ada", "Ada Lovelace"], "bob"]).get("ada"); // "Ada Lovelace"
 * ```
 */
export function chatUserNames(value: unknown): Map<string, string> {
  return new Map(toLov(value).map((item) => [toText(item.id), item.label]));
}
