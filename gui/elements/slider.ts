import { defineElement } from "./element_definition.ts";

/** `<|{threshold}|slider|min=0|max=100|>`: a range control that writes back while it is dragged. */
export const slider = defineElement({
  name: "slider",
  defaultProperty: "value",
  interactive: true,
  properties: {
    value: { type: "number", dynamic: true, twoWay: true },
    min: { type: "number", dynamic: true },
    max: { type: "number", dynamic: true },
    step: { type: "number", dynamic: true },
    continuous: { type: "boolean" },
    change_delay: { type: "number" },
    orientation: { type: "string", choices: ["horizontal", "vertical", "h", "v"] },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
