/**
 * What a number field writes: a finite number within `min` and `max` and on `step` when they are set. An
 * emptied field writes null, which only a field without bounds accepts: null is in no range.
 */
import type { WriteCheck } from "../write_check.ts";
import { numberOf } from "./element_flags.ts";
import { numberProblem } from "./number_rule.ts";

/** The number element's `value` rule. */
export const checkNumberWrite: WriteCheck = (value, element) => {
  const bounds = {
    min: numberOf(element, "min", undefined),
    max: numberOf(element, "max", undefined),
    step: numberOf(element, "step", undefined),
  };
  if (value === null && bounds.min === undefined && bounds.max === undefined) return undefined;
  return numberProblem(value, bounds);
};
