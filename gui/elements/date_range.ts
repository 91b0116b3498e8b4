import { defineElement } from "./element_definition.ts";
import { checkDateRangeWrite } from "./writes/date_write.ts";

/**
 * `<|{period}|date_range|label_start=From|label_end=To|>`: two date pickers for `[start, end]`, written back
 * together as two ISO strings.
 */
export const dateRange = defineElement({
  name: "date_range",
  defaultProperty: "dates",
  doc: {
    summary: "Two date pickers for `[start, end]`, written back together as two ISO strings.",
    example: "<|{period}|date_range|label_start=From|label_end=To|>",
    defaults: {
      with_time: "false",
      editable: "true",
      label_start: "Start",
      label_end: "End",
    },
    properties: {
      dates: "`[start, end]`, written back as two ISO 8601 strings.",
      format: "How the dates show when not editable.",
      min: "The earliest date.",
      max: "The latest date.",
      label_start: "The first picker's label.",
      label_end: "The second picker's label.",
    },
  },
  interactive: true,
  properties: {
    dates: { type: "any", dynamic: true, twoWay: true, checkWrite: checkDateRangeWrite },
    with_time: { type: "boolean" },
    format: { type: "string" },
    editable: { type: "boolean", dynamic: true },
    min: { type: "any", dynamic: true },
    max: { type: "any", dynamic: true },
    label_start: { type: "string", dynamic: true },
    label_end: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
  },
});
