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
  doc: {
    summary: "Picks from nested items (`[id, label, children]` or `{ id, label, children }`).",
    example: "<|{chosen}|tree|lov={catalog}|>",
    defaults: {
      expanded: "true",
      multiple: "false",
      select_leafs_only: "false",
      filter: "false",
      value_by_id: "false",
    },
    properties: {
      value: "The selected item (an array with `multiple`); written back.",
      expanded: "The ids shown open (written back when bound to a list), true to let any node open, or false for one open node per level.",
      select_leafs_only: "Only items without children can be selected.",
    },
  },
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
