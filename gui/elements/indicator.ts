import { defineElement } from "./element_definition.ts";

/**
 * `<|{label}|indicator|value={level}|min=0|max=100|>`: a label placed on a red-to-green scale at `value`.
 * With `min` greater than `max` the scale runs the other way (green at the start).
 */
export const indicator = defineElement({
  name: "indicator",
  defaultProperty: "display",
  doc: {
    summary: "A label placed on a red-to-green scale at `value`. With `min` greater than `max` the scale runs the other way.",
    example: "<|{status}|indicator|value={level}|min=0|max=100|>",
    defaults: {
      min: "0",
      max: "100",
      value: "min",
      orientation: "horizontal",
    },
    properties: {
      display: "The label shown on the scale.",
      value: "Where the label sits on the scale.",
      format: "printf-style format of `display` when it is a number.",
    },
  },
  properties: {
    display: { type: "any", dynamic: true },
    value: { type: "number", dynamic: true },
    min: { type: "number", dynamic: true },
    max: { type: "number", dynamic: true },
    format: { type: "string" },
    orientation: { type: "string", choices: ["horizontal", "vertical", "h", "v"] },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
