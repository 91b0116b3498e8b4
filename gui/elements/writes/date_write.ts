/** What the date pickers write: see date_rule.ts. */
import type { WriteCheck } from "../write_check.ts";
import { dateProblem, isoInstant } from "./date_rule.ts";

/** The date element's `date` rule: an ISO date within `min` and `max`, or null. */
export const checkDateWrite: WriteCheck = dateProblem;

/** The date_range element's `dates` rule: `[start, end]`, each an ISO date within `min` and `max`, or null. */
export const checkDateRangeWrite: WriteCheck = (value, element) => {
  if (!Array.isArray(value) || value.length !== 2) {
    return "expects [start, end], each an ISO 8601 date string or null";
  }
  for (const one of value) {
    const problem = dateProblem(one, element);
    if (problem !== undefined) return `expects [start, end]: ${problem.replace(/^expects /, "each ")}`;
  }
  return undefined;
};

const TIME_TEXT = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/** The time element's `time` rule: "HH:mm" text, an ISO date-time, or null. */
export const checkTimeWrite: WriteCheck = (value) =>
  value === null || (typeof value === "string" && (TIME_TEXT.test(value) || isoInstant(value) !== undefined))
    ? undefined
    : 'expects "HH:mm", an ISO 8601 date-time string, or null';
