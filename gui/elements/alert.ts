import { defineElement } from "./element_definition.ts";

/**
 * `<|{problem}|alert|severity=warning|variant=outlined|>`: a message announced to screen readers as it
 * appears. Severity is `error` (the default), `warning`, `info` or `success`; variant `filled` or `outlined`.
 */
export const alert = defineElement({
  name: "alert",
  defaultProperty: "message",
  properties: {
    message: { type: "string", dynamic: true },
    severity: { type: "string", dynamic: true, choices: ["error", "warning", "info", "success"] },
    variant: { type: "string", dynamic: true, choices: ["filled", "outlined"] },
    render: { type: "boolean", dynamic: true },
  },
});
