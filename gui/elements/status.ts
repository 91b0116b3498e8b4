import { defineElement } from "./element_definition.ts";

/**
 * `<|{statuses}|status|>`: one status or a list of them, each a `[status, message]` pair or an object
 * `{status, message}`. The status is `info`, `success`, `warning` or `error`, or its first letter; any other
 * word means info. The user may close each one (locally) unless `without_close` is set.
 */
export const status = defineElement({
  name: "status",
  defaultProperty: "value",
  properties: {
    value: { type: "any", dynamic: true },
    without_close: { type: "boolean" },
  },
});
