import { defineElement } from "./element_definition.ts";

/** `<|card|` ... `|>`: a block that groups Markdown and elements, styled by its class names. */
export const part = defineElement({
  name: "part",
  defaultProperty: "class_name",
  block: true,
  properties: {
    render: { type: "boolean", dynamic: true },
    width: { type: "string" },
    height: { type: "string" },
    // A slot the page compiler fills with the named partial (see page/page_slot.ts); never sent as is.
    partial: { type: "string" },
  },
});
