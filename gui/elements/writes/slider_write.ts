/**
 * What a slider writes: a number on its scale (`min`, `max`, `step`, by default 0, 100 and 1), or with a
 * `lov` one of its entries; and while its value is a list (one thumb per item, a range), a list as long,
 * of such values, in order. Mirrors client/elements/tp_slider.ts.
 */
import { readLov } from "../../protocol/lov_entries.ts";
import type { ElementView } from "../element_definition.ts";
import type { WriteCheck } from "../write_check.ts";
import { flagOf, numberOf } from "./element_flags.ts";
import { lovLookup } from "./lov_rule.ts";
import { describeBounds, type NumberBounds, numberProblem } from "./number_rule.ts";

/** The slider's `value` rule. */
export const checkSliderWrite: WriteCheck = (value, element) => {
  const entries = readLov(element.value("lov"));
  const current = element.value("value");
  const thumbs = Array.isArray(current) && current.length > 1 ? current.length : 1;
  if (entries.length > 0) {
    const byId = flagOf(element, "value_by_id", false);
    const chosenEntry = lovLookup(entries, byId);
    const what = `${byId ? "an id" : "an entry"} of the slider's lov (${entries.length} entries)`;
    // An entry may itself be a list ([id, label]): a single thumb's value is checked whole first.
    if (thumbs === 1) return chosenEntry(value) !== undefined ? undefined : `expects ${what}`;
    const positions = Array.isArray(value) && value.length === thumbs
      ? value.map((one) => {
        const entry = chosenEntry(one);
        return entry === undefined ? -1 : entries.indexOf(entry);
      })
      : [];
    // The browser keeps each thumb between its neighbours: positions never go down.
    return positions.length === thumbs &&
        positions.every((at, index) => at >= 0 && at >= (positions[index - 1] ?? 0))
      ? undefined
      : `expects a list of ${thumbs} values, each ${what}, in order`;
  }
  const bounds = sliderBounds(element);
  if (thumbs === 1) return numberProblem(value, bounds);
  const fits = Array.isArray(value) && value.length === thumbs &&
    value.every((one, index) =>
      numberProblem(one, bounds) === undefined &&
      (index === 0 || (one as number) >= (value[index - 1] as number))
    );
  return fits ? undefined : `expects a list of ${thumbs} numbers in order, each ${describeBounds(bounds)}`;
};

function sliderBounds(element: ElementView): NumberBounds {
  return {
    min: numberOf(element, "min", 0),
    max: numberOf(element, "max", 100),
    step: numberOf(element, "step", 1),
  };
}
