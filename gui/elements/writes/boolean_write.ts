import type { WriteCheck } from "../write_check.ts";

/** What a switch writes (an expandable's `expanded`, a pane's `open`, a toggle without lov): true or false. */
export const checkBooleanWrite: WriteCheck = (value) =>
  typeof value === "boolean" ? undefined : "expects true or false";
