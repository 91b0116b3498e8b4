import type { WriteCheck } from "../write_check.ts";
import { flagOf } from "./element_flags.ts";
import { lovProblem } from "./lov_rule.ts";

/**
 * What a selector writes: an entry of its lov (its id with `value_by_id`), or null when its one choice is
 * unchecked; with `multiple`, a list of distinct entries. No value outside the lov: like Taipy's selector,
 * it offers no free text.
 */
export const checkSelectorWrite: WriteCheck = (value, element) =>
  lovProblem(value, element.value("lov"), {
    byId: flagOf(element, "value_by_id", false),
    multiple: flagOf(element, "multiple", false),
    nullable: true,
  });
