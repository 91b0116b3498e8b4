import { defineElement } from "./element_definition.ts";

/**
 * `<|{label}|indicator|value={level}|min=0|max=100|>`: a label placed on a red-to-green scale at `value`.
 * With `min` greater than `max` the scale runs the other way (green at the start).
 */
export const indicator = defineElement({
  name: "indicator",
  defaultProperty: "display",
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
