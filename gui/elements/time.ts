import { defineElement } from "./element_definition.ts";
import { checkTimeWrite } from "./writes/date_write.ts";

/**
 * `<|{alarm}|time|>`: a time picker. The variable may hold a Date, an ISO 8601 string (the date part is
 * kept) or "HH:mm" text (written back in the same form).
 */
export const time = defineElement({
  name: "time",
  defaultProperty: "time",
  doc: {
    summary: "A time picker. The variable may hold a Date, an ISO 8601 string (the date part is kept) or `HH:mm` text (written back in the same form).",
    example: "<|{alarm}|time|>",
    defaults: {
      editable: "true",
    },
    properties: {
      time: "The time, written back in the form the variable held.",
      format: "How the time shows when not editable (`HH:mm`).",
    },
  },
  interactive: true,
  properties: {
    time: { type: "any", dynamic: true, twoWay: true, checkWrite: checkTimeWrite },
    format: { type: "string" },
    editable: { type: "boolean", dynamic: true },
    label: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
  },
});
