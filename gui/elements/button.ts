import { defineElement } from "./element_definition.ts";

/** `<|Press me|button|on_action=pressed|>`: runs an action when pressed. */
export const button = defineElement({
  name: "button",
  defaultProperty: "label",
  actions: true,
  interactive: true,
  properties: {
    label: { type: "string", dynamic: true },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
  },
});
