import { defineElement } from "./element_definition.ts";
import { checkDateWrite } from "./writes/date_write.ts";

/**
 * `<|{start}|date|with_time|min={earliest}|>`: a date (and time) picker. The variable may hold a Date or an
 * ISO 8601 string; what the user picks is written back as an ISO string. `format` (`dd/MM/yyyy`, as
 * Taipy's) shows the date as text when `editable` is false.
 */
export const date = defineElement({
  name: "date",
  defaultProperty: "date",
  doc: {
    summary: "A date (and time) picker. The variable may hold a Date or an ISO 8601 string; what the user picks is written back as an ISO string.",
    example: "<|{start}|date|with_time|>",
    defaults: {
      with_time: "false",
      editable: "true",
    },
    properties: {
      date: "The date, written back as an ISO 8601 string.",
      format: "How the date shows when not editable (`dd/MM/yyyy`).",
      min: "The earliest date that can be picked.",
      max: "The latest date that can be picked.",
    },
  },
  interactive: true,
  properties: {
    date: { type: "any", dynamic: true, twoWay: true, checkWrite: checkDateWrite },
    with_time: { type: "boolean" },
    format: { type: "string" },
    editable: { type: "boolean", dynamic: true },
    min: { type: "any", dynamic: true },
    max: { type: "any", dynamic: true },
    label: { type: "string", dynamic: true },
    width: { type: "string", dynamic: true },
  },
});
