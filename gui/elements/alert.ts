import { defineElement } from "./element_definition.ts";

/**
 * `<|{problem}|alert|severity=warning|variant=outlined|>`: a message announced to screen readers as it
 * appears. Severity is `error` (the default), `warning`, `info` or `success`; variant `filled` or `outlined`.
 */
export const alert = defineElement({
  name: "alert",
  defaultProperty: "message",
  doc: {
    summary: "A message announced to screen readers as it appears.",
    example: "<|{problem}|alert|severity=warning|variant=outlined|>",
    defaults: {
      severity: "error",
      variant: "filled",
      render: "true",
    },
    properties: {
      message: "The message shown.",
      severity: "`error`, `warning`, `info` or `success`.",
      variant: "`filled` or `outlined`.",
    },
  },
  properties: {
    message: { type: "string", dynamic: true },
    severity: { type: "string", dynamic: true, choices: ["error", "warning", "info", "success"] },
    variant: { type: "string", dynamic: true, choices: ["filled", "outlined"] },
    render: { type: "boolean", dynamic: true },
  },
});
