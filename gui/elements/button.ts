import { defineElement } from "./element_definition.ts";
import { checkButtonAction } from "./actions/fixed_action.ts";

/** `<|Press me|button|on_action=pressed|>`: runs an action when pressed. */
export const button = defineElement({
  name: "button",
  defaultProperty: "label",
  doc: {
    summary: "A button that runs an action when pressed.",
    example: "<|Add one|button|on_action=add|>",
    properties: {
      label: "The button's text.",
    },
    calls: {
      on_action: "`(state, id, undefined)`: the button sends no payload.",
    },
  },
  actions: true,
  checkAction: checkButtonAction,
  interactive: true,
  properties: {
    label: { type: "string", dynamic: true },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
  },
});
