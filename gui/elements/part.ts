import { defineElement } from "./element_definition.ts";

/** `<|card|` ... `|>`: a block that groups Markdown and elements, styled by its class names. */
export const part = defineElement({
  name: "part",
  defaultProperty: "class_name",
  doc: {
    summary: "A block grouping Markdown and elements, styled by its class names (`<|card|` ... `|>`). With `partial`, it shows a partial's content, which `partial.update(state, text)` replaces for one tab.",
    example: "<|card|\n## Totals\n<|{total}|>\n|>",
    defaults: {
      render: "true",
    },
    properties: {
      class_name: "CSS class names (the fragment before `part`, e.g. `card`).",
      partial: "The name of a partial (`gui.addPartial(name, text)`) to show inside.",
    },
  },
  block: true,
  properties: {
    render: { type: "boolean", dynamic: true },
    width: { type: "string" },
    height: { type: "string" },
    // A slot the page compiler fills with the named partial (see page/page_slot.ts); never sent as is.
    partial: { type: "string" },
  },
});
