import { defineElement } from "./element_definition.ts";
import { checkDateRangeWrite } from "./writes/date_write.ts";

/**
 * `<|{period}|date_range|label_start=From|label_end=To|>`: two date pickers for `[start, end]`, written back
 * together as two ISO strings.
 */
export const dateRange = defineElement({
  name: "date_range",
  defaultProperty: "dates",
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
