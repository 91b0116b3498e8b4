import { defineElement } from "./element_definition.ts";
import { checkInputWrite } from "./writes/input_write.ts";
import { checkInputAction } from "./actions/input_action.ts";

/** `<|{name}|input|label=Name|>`: a text field that writes what the user types back into the state. */
export const input = defineElement({
  name: "input",
  defaultProperty: "value",
  doc: {
    summary: "A text field that writes what the user types back into the variable, after `change_delay` ms of calm. `action_keys` names keys that run the action.",
    example: "<|{name}|input|label=Name|action_keys=Enter|on_action=search|>",
    defaults: {
      password: "false",
      multiline: "false",
      lines_shown: "5",
      change_delay: "300",
      action_keys: "Enter",
    },
    properties: {
      value: "The text, written back as the user types.",
      password: "Hide what is typed.",
      multiline: "A text area of several lines.",
      lines_shown: "Height of a multiline field, in lines.",
      type: "The HTML input type (`text`, `email`, `number`, ...).",
      action_keys: "Keys that run the action (`Enter;Escape;F1`).",
    },
    calls: {
      on_action: "`(state, id, { key })`: `key` is the key pressed (`\"Enter\"`).",
    },
  },
  actions: true,
  checkAction: checkInputAction,
  interactive: true,
  properties: {
    value: { type: "any", dynamic: true, twoWay: true, checkWrite: checkInputWrite },
    label: { type: "string", dynamic: true },
    password: { type: "boolean" },
    multiline: { type: "boolean" },
    lines_shown: { type: "number" },
    type: { type: "string" },
    change_delay: { type: "number" },
    action_keys: { type: "list" },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
  },
});
