import { defineElement } from "./element_definition.ts";
import { checkToggleWrite } from "./writes/toggle_write.ts";

/**
 * `<|{on}|toggle|label=Live|>`: a switch, or with `lov` a group of mutually exclusive buttons
 * (`allow_unselect` lets a second press clear it, to `unselected_value`). `<|toggle|theme|>` switches the
 * tab between the light and dark themes and needs no variable.
 */
export const toggle = defineElement({
  name: "toggle",
  defaultProperty: "value",
  doc: {
    summary: "A switch, or with `lov` a group of mutually exclusive buttons. `<|toggle|theme|>` switches the tab between light and dark themes and needs no variable.",
    example: "<|{live}|toggle|label=Live|>",
    defaults: {
      value: "false",
      allow_unselect: "false",
      theme: "false",
    },
    properties: {
      value: "The boolean (or the chosen item of `lov`); written back.",
      allow_unselect: "A second press clears the choice, to `unselected_value`.",
      unselected_value: "The value written when the choice is cleared.",
      theme: "Make this toggle the light/dark theme switch.",
    },
  },
  interactive: true,
  properties: {
    value: { type: "any", dynamic: true, twoWay: true, checkWrite: checkToggleWrite },
    lov: { type: "list", dynamic: true },
    allow_unselect: { type: "boolean" },
    unselected_value: { type: "any", dynamic: true },
    theme: { type: "boolean" },
    label: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
  },
});
