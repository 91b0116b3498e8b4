import { adapterTransform } from "./adapt_lov.ts";
import { defineElement } from "./element_definition.ts";
import { checkSelectorWrite } from "./writes/selector_write.ts";

/**
 * `<|{country}|selector|lov=France;Italy|dropdown|>`: picks one item, or several with `multiple`, from a
 * list of values, shown as a list box, a dropdown, radio buttons (`mode=radio`) or check boxes
 * (`mode=check`). `lov` takes "A;B", an array, `[id, label]` pairs or objects; with `adapter=fn` the
 * server turns each item into `[id, label]` through the registered function `fn` (called with the item).
 * The selected item is written back as the lov holds it, or its id with `value_by_id`.
 */
export const selector = defineElement({
  name: "selector",
  defaultProperty: "value",
  doc: {
    summary: "Picks one item, or several with `multiple`, from a list of values: a list box, a dropdown, radio buttons or check boxes. The selected item is written back as the lov holds it, or its id with `value_by_id`.",
    example: "<|{country}|selector|lov=France;Italy;Spain|dropdown|>",
    defaults: {
      multiple: "false",
      dropdown: "false",
      filter: "false",
      value_by_id: "false",
      mode: "list",
    },
    properties: {
      value: "The selected item (an array with `multiple`); written back.",
      dropdown: "Show as a dropdown.",
      mode: "`list`, `radio` (radio buttons) or `check` (check boxes).",
    },
  },
  interactive: true,
  properties: {
    value: { type: "any", dynamic: true, twoWay: true, checkWrite: checkSelectorWrite },
    lov: { type: "list", dynamic: true, transform: adapterTransform },
    adapter: { type: "function" },
    value_by_id: { type: "boolean" },
    multiple: { type: "boolean" },
    dropdown: { type: "boolean" },
    filter: { type: "boolean" },
    mode: { type: "string", choices: ["radio", "check", "list"] },
    label: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
