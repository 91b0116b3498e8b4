import { defineElement } from "./element_definition.ts";
import { checkChatAction } from "./actions/chat_action.ts";

/**
 * `<|{messages}|chat|users={users}|sender_id=me|on_action=send|>`: a conversation, newest at the bottom,
 * and a field to write in. Each message is `[id, text, senderId]` or `{id, text, senderId}`; `users` is a
 * list of ids or `[id, name]` pairs. Sending runs the action with the payload
 * `{ text, senderId, args: [reason, messagesKey, text, senderId] }` (`args` as in Taipy; reason is
 * "Enter" or "click"). The app appends the message to its list: the element never writes it back itself.
 */
export const chat = defineElement({
  name: "chat",
  defaultProperty: "messages",
  doc: {
    summary: "A conversation, newest at the bottom, and a field to write in. Each message is `[id, text, senderId]` or `{id, text, senderId}`. The app appends the message to its list: the element never writes it back itself.",
    example: "<|{messages}|chat|users={users}|sender_id=me|on_action=send|>",
    defaults: {
      sender_id: "taipy",
      with_input: "true",
      show_sender: "false",
      page_size: "50",
    },
    properties: {
      messages: "The messages.",
      users: "A list of user ids or `[id, name]` pairs.",
      sender_id: "The id of this tab's user: their messages show on the right.",
      with_input: "Show the field to write in.",
      show_sender: "Show the sender's name over each message.",
    },
    calls: {
      on_action: "`(state, id, { text, senderId, args: [reason, messagesKey, text, senderId] })`: `reason` is `\"Enter\"` or `\"click\"` (`args` as in Taipy).",
    },
  },
  actions: true,
  checkAction: checkChatAction,
  interactive: true,
  properties: {
    messages: { type: "any", dynamic: true },
    users: { type: "any", dynamic: true },
    sender_id: { type: "string", dynamic: true },
    with_input: { type: "boolean", dynamic: true },
    show_sender: { type: "boolean" },
    page_size: { type: "number" },
    height: { type: "string", dynamic: true },
    on_action: { type: "function" },
  },
});
