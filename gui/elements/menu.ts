import { defineElement } from "./element_definition.ts";
import { checkMenuAction } from "./writes/menu_action.ts";

/**
 * `<|menu|lov=Home;Reports;Settings|label=Go to|on_action=chosen|>`: a collapsible menu along the left
 * side. Choosing an entry runs the action with the payload `{ id, args: [id] }` (`args` as in Taipy), where
 * `id` is the entry's id in `lov`. Entries whose id is in `inactive_ids` cannot be chosen.
 */
export const menu = defineElement({
  name: "menu",
  defaultProperty: "lov",
  doc: {
    summary: "A collapsible menu along the left side. Entries whose id is in `inactive_ids` cannot be chosen.",
    example: "<|menu|lov=Home;Reports;Settings|label=Go to|on_action=chosen|>",
    properties: {
      lov: "The entries.",
      label: "The menu's title.",
      inactive_ids: "Ids of the entries that cannot be chosen.",
    },
    calls: {
      on_action: "`(state, id, { id, args: [id] })`: the chosen entry's id in `lov` (`args` as in Taipy).",
    },
  },
  actions: true,
  checkAction: checkMenuAction,
  interactive: true,
  properties: {
    lov: { type: "list", dynamic: true },
    label: { type: "string", dynamic: true },
    inactive_ids: { type: "list", dynamic: true },
    width: { type: "string", dynamic: true },
    on_action: { type: "function" },
  },
});
