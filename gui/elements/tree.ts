import { adapterTransform } from "./adapt_lov.ts";
import { defineElement } from "./element_definition.ts";
import { checkTreeExpandedWrite, checkTreeWrite } from "./writes/tree_write.ts";

/**
 * `<|{chosen}|tree|lov={catalog}|>`: picks from nested items (`[id, label, children]` or
 * `{ id, label, children }`). `expanded` is a list of the ids shown open (written back when it is bound to
 * a list), true (the default) to let any node open, or false for one open node per level.
 */
export const tree = defineElement({
  name: "tree",
  defaultProperty: "value",
  interactive: true,
  properties: {
    value: { type: "any", dynamic: true, twoWay: true, checkWrite: checkTreeWrite },
    lov: { type: "list", dynamic: true, transform: adapterTransform },
    adapter: { type: "function" },
    value_by_id: { type: "boolean" },
    expanded: { type: "any", dynamic: true, twoWay: true, checkWrite: checkTreeExpandedWrite },
    multiple: { type: "boolean" },
    select_leafs_only: { type: "boolean" },
    filter: { type: "boolean" },
    label: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
