import { defineElement } from "./element_definition.ts";
import { markdownTransform } from "./markdown_to_html.ts";

/**
 * `<|{value}|text|format=%.2f|>`: shows a value; the element used when a page names none. With
 * `mode=markdown` the value is rendered as Markdown on the server, raw HTML and unsafe links left out.
 */
export const text = defineElement({
  name: "text",
  defaultProperty: "value",
  doc: {
    summary: "Shows a value as text; the element a page gets when it names none (`<|{x}|>`). With `mode=markdown` the value is rendered as Markdown on the server (raw HTML and unsafe links left out).",
    example: "Temperature: <|{temperature}|text|format=%.1f|> °C",
    properties: {
      value: "The value shown.",
      mode: "`raw` (as is), `pre` (monospace, keeps spaces and line breaks) or `markdown`.",
    },
  },
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
