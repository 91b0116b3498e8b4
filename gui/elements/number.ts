import { defineElement } from "./element_definition.ts";
import { checkNumberWrite } from "./writes/number_write.ts";

/** `<|{count}|number|min=0|>`: a numeric field that writes back. */
export const number = defineElement({
  name: "number",
  defaultProperty: "value",
  interactive: true,
  properties: {
    value: { type: "number", dynamic: true, twoWay: true, checkWrite: checkNumberWrite },
    min: { type: "number", dynamic: true },
    max: { type: "number", dynamic: true },
    step: { type: "number", dynamic: true },
    step_multiplier: { type: "number" },
    label: { type: "string", dynamic: true },
    change_delay: { type: "number" },
    width: { type: "string", dynamic: true },
  },
});
