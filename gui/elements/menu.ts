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
