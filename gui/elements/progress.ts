import { defineElement } from "./element_definition.ts";

/**
 * `<|{percent}|progress|linear|show_value|title=Loading|>`: how far an operation got, from 0 to 100. A
 * value of null (or none given) shows an indeterminate progress.
 */
export const progress = defineElement({
  name: "progress",
  defaultProperty: "value",
  doc: {
    summary: "How far an operation got, from 0 to 100. No value (or null) shows an indeterminate progress.",
    example: "<|{percent}|progress|linear|show_value|title=Loading|>",
    defaults: {
      linear: "false",
      show_value: "false",
      render: "true",
      title_anchor: "bottom",
    },
    properties: {
      value: "Progress from 0 to 100, or null for indeterminate.",
      linear: "A bar rather than a circle.",
      title_anchor: "Where the title goes: `bottom`, `top`, `left`, `right` or `none`.",
    },
  },
  properties: {
    value: { type: "number", dynamic: true },
    linear: { type: "boolean" },
    show_value: { type: "boolean" },
    title: { type: "string", dynamic: true },
    title_anchor: { type: "string", choices: ["bottom", "top", "left", "right", "none"] },
    render: { type: "boolean", dynamic: true },
    width: { type: "string", dynamic: true },
  },
});
