import type { ElementDefinition } from "./element_definition.ts";

/**
 * `<|content|>`: in the root page "/", where the current page goes. Not an element the browser draws: the
 * page compiler turns it into a slot (see page/page_slot.ts), and it takes no properties.
 */
export const content: ElementDefinition = {
  name: "content",
  defaultProperty: "id",
  doc: {
    summary: "In the root page \"/\", where the current page goes. It takes no properties of its own.",
    example: "<|navbar|>\n\n<|content|>",
  },
  properties: {},
};
