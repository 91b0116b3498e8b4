import { defineElement } from "./element_definition.ts";

/**
 * `<|{statuses}|status|>`: one status or a list of them, each a `[status, message]` pair or an object
 * `{status, message}`. The status is `info`, `success`, `warning` or `error`, or its first letter; any other
 * word means info. The user may close each one (locally) unless `without_close` is set.
 */
export const status = defineElement({
  name: "status",
  defaultProperty: "value",
  doc: {
    summary: "One status or a list of them, each a `[status, message]` pair or `{status, message}`; the status is `info`, `success`, `warning` or `error` (or its first letter). The user may close each one unless `without_close`.",
    example: "<|{statuses}|status|>",
    defaults: {
      without_close: "false",
    },
    properties: {
      value: "A status or a list of statuses.",
      without_close: "Hide the close buttons.",
    },
  },
  properties: {
    value: { type: "any", dynamic: true },
    without_close: { type: "boolean" },
  },
});
