import { defineElement } from "./element_definition.ts";
import { checkBooleanWrite } from "./writes/boolean_write.ts";

/**
 * `<|Details|expandable|expanded={open}|` ... `|>`: a titled block the user folds and unfolds; `expanded`
 * (default true) is written back when bound.
 */
export const expandable = defineElement({
  name: "expandable",
  defaultProperty: "title",
  doc: {
    summary: "A titled block the user folds and unfolds.",
    example: "<|Details|expandable|expanded={open}|\nMore text.\n|>",
    defaults: {
      expanded: "true",
    },
    properties: {
      title: "The title shown in the header.",
      expanded: "Whether the block is open; written back when bound.",
    },
  },
  block: true,
  interactive: true,
  properties: {
    title: { type: "string", dynamic: true },
    expanded: { type: "boolean", dynamic: true, twoWay: true, checkWrite: checkBooleanWrite },
  },
});
