import { defineElement } from "./element_definition.ts";
import { checkInputWrite } from "./writes/input_write.ts";

/** `<|{name}|input|label=Name|>`: a text field that writes what the user types back into the state. */
export const input = defineElement({
  name: "input",
  defaultProperty: "value",
  actions: true,
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
