import { defineElement } from "./element_definition.ts";
import { checkNumberWrite } from "./writes/number_write.ts";

/** `<|{count}|number|min=0|>`: a numeric field that writes back. */
export const number = defineElement({
  name: "number",
  defaultProperty: "value",
  doc: {
    summary: "A numeric field that writes the number back.",
    example: "<|{count}|number|min=0|max=10|step=1|>",
    defaults: {
      change_delay: "300",
    },
    properties: {
      value: "The number, written back as the user types.",
      step_multiplier: "How many steps PageUp and PageDown (or Shift with an arrow) move.",
    },
  },
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
