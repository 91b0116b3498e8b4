import { adapterTransform } from "./adapt_lov.ts";
import { defineElement } from "./element_definition.ts";
import { checkSliderWrite } from "./writes/slider_write.ts";

/**
 * `<|{threshold}|slider|min=0|max=100|>`: a range control that writes back while it is dragged. A value
 * `[low, high]` gets two thumbs; with `lov=S;M;L` the slider moves over the items. `labels` puts text
 * under the track: true for the lov's labels (or min and max), or `0:Cold;100:Hot` (keys are values, or
 * lov ids or indexes). `text_anchor` places the current item's label (bottom, top, left, right, none).
 */
export const slider = defineElement({
  name: "slider",
  defaultProperty: "value",
  doc: {
    summary: "A range control that writes back while it is dragged. A value `[low, high]` gets two thumbs; with `lov` the slider moves over the items.",
    example: "<|{threshold}|slider|min=0|max=100|>",
    defaults: {
      min: "0",
      max: "100",
      step: "1",
      value_by_id: "false",
      continuous: "true",
      change_delay: "0",
      orientation: "horizontal",
      text_anchor: "right (bottom with a lov)",
    },
    properties: {
      value: "A number, `[low, high]`, or an item of `lov`; written back.",
      labels: "Text under the track: true for the lov's labels (or min and max), or `0:Cold;100:Hot`.",
      text_anchor: "Where the current value's label goes: `bottom`, `top`, `left`, `right` or `none`.",
      continuous: "Write back while dragging (false: only on release).",
    },
  },
  interactive: true,
  properties: {
    // A number, [low, high], or an item of lov: checkSliderWrite refuses anything the slider cannot write.
    value: { type: "any", dynamic: true, twoWay: true, checkWrite: checkSliderWrite },
    min: { type: "number", dynamic: true },
    max: { type: "number", dynamic: true },
    step: { type: "number", dynamic: true },
    lov: { type: "list", dynamic: true, transform: adapterTransform },
    adapter: { type: "function" },
    value_by_id: { type: "boolean" },
    labels: { type: "any", dynamic: true },
    text_anchor: { type: "string", choices: ["bottom", "top", "left", "right", "none"] },
    continuous: { type: "boolean" },
    change_delay: { type: "number" },
    orientation: { type: "string", choices: ["horizontal", "vertical", "h", "v"] },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
