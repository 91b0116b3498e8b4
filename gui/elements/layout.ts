import { defineElement } from "./element_definition.ts";

/**
 * `<|layout|columns=1 2|gap=1rem|` ... `|>`: lays its children out in a grid, each direct child (usually a
 * part) one cell. `columns` are weights ("1 2" is 1fr 2fr, "5*1" five equal columns) or CSS track sizes
 * ("1fr auto"); `columns[mobile]` (default one column) applies on narrow screens.
 */
export const layout = defineElement({
  name: "layout",
  defaultProperty: "columns",
  doc: {
    summary: "Lays its children out in a grid, each direct child (usually a part) one cell.",
    example: "<|layout|columns=1 2|gap=1rem|\n<|{a}|>\n\n<|{b}|>\n|>",
    defaults: {
      columns: "1 1",
    },
    properties: {
      columns: "Column weights (`1 2` is 1fr 2fr, `5*1` five equal columns) or CSS track sizes (`1fr auto`); `columns[mobile]` applies on narrow screens (default one column).",
      gap: "CSS space between cells.",
    },
  },
  block: true,
  properties: {
    columns: { type: "string", dynamic: true },
    gap: { type: "string", dynamic: true },
  },
});
