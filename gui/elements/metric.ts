import { defineElement } from "./element_definition.ts";

/**
 * `<|{sales}|metric|type=circular|min=0|max=500|delta={change}|threshold=400|format=%.1f|title=Sales|>`:
 * a number on a gauge (a half-circle arc, a bar, or none), with an optional delta and threshold mark.
 * `delta_color` colours a positive delta (`invert` swaps the usual green and red); `negative_delta_color`
 * colours a negative one.
 */
export const metric = defineElement({
  name: "metric",
  defaultProperty: "value",
  doc: {
    summary: "A number on a gauge (a half-circle arc, a bar, or none), with an optional delta and threshold mark.",
    example: "<|{sales}|metric|type=circular|min=0|max=500|delta={change}|threshold=400|title=Sales|>",
    defaults: {
      type: "circular",
      min: "0",
      max: "100",
      show_value: "true",
    },
    properties: {
      value: "The number shown.",
      type: "`circular` (an arc), `linear` (a bar) or `none`.",
      delta: "A change shown under the value (positive green, negative red).",
      delta_color: "Colour of a positive delta (`invert` swaps green and red).",
      negative_delta_color: "Colour of a negative delta.",
      threshold: "A mark on the gauge.",
      delta_format: "printf-style format of the delta.",
      bar_color: "Colour of the gauge's bar.",
    },
  },
  properties: {
    value: { type: "number", dynamic: true },
    type: { type: "string", choices: ["circular", "linear", "none"] },
    min: { type: "number", dynamic: true },
    max: { type: "number", dynamic: true },
    delta: { type: "number", dynamic: true },
    delta_color: { type: "string", dynamic: true },
    negative_delta_color: { type: "string", dynamic: true },
    threshold: { type: "number", dynamic: true },
    show_value: { type: "boolean" },
    format: { type: "string" },
    delta_format: { type: "string" },
    bar_color: { type: "string", dynamic: true },
    title: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
