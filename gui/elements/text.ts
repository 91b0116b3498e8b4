import { defineElement } from "./element_definition.ts";

/** `<|{value}|text|format=%.2f|>`: shows a value; the element used when a page names none. */
export const text = defineElement({
  name: "text",
  defaultProperty: "value",
  properties: {
    value: { type: "any", dynamic: true },
    format: { type: "string", dynamic: true },
    mode: { type: "string", choices: ["raw", "pre", "markdown"] },
    width: { type: "string", dynamic: true },
  },
});
