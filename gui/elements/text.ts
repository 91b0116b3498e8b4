import { defineElement } from "./element_definition.ts";
import { markdownTransform } from "./markdown_to_html.ts";

/**
 * `<|{value}|text|format=%.2f|>`: shows a value; the element used when a page names none. With
 * `mode=markdown` the value is rendered as Markdown on the server, raw HTML and unsafe links left out.
 */
export const text = defineElement({
  name: "text",
  defaultProperty: "value",
  properties: {
    value: {
      type: "any",
      dynamic: true,
      transform: (props) => props["mode"] === "markdown" ? markdownTransform : undefined,
    },
    format: { type: "string", dynamic: true },
    mode: { type: "string", choices: ["raw", "pre", "markdown"] },
    width: { type: "string", dynamic: true },
  },
});
