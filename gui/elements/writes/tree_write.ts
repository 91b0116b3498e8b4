/**
 * What a tree writes: as `value`, one node (or with `multiple` a list of distinct nodes) of its lov at any
 * depth, only leaves with `select_leafs_only`; as `expanded`, the ids of nodes shown open.
 */
import { flatten, readLov } from "../../protocol/lov_entries.ts";
import type { WriteCheck } from "../write_check.ts";
import { flagOf } from "./element_flags.ts";
import { lovProblem } from "./lov_rule.ts";

/** The tree's `value` rule. */
export const checkTreeWrite: WriteCheck = (value, element) => {
  const leavesOnly = flagOf(element, "select_leafs_only", false);
  return lovProblem(value, element.value("lov"), {
    byId: flagOf(element, "value_by_id", false),
    multiple: flagOf(element, "multiple", false),
    nullable: false,
    ...(leavesOnly ? { choosable: (entry) => entry.children.length === 0 } : {}),
  });
};

/** The tree's `expanded` rule. */
export const checkTreeExpandedWrite: WriteCheck = (value, element) => {
  const ids = new Set(flatten(readLov(element.value("lov"))).map((entry) => entry.id));
  const expected = `expects a list of distinct node ids of the tree (${ids.size} nodes)`;
  if (!Array.isArray(value) || value.length > ids.size) return expected;
  const seen = new Set<string>();
  for (const id of value) {
    if (typeof id !== "string" || !ids.has(id) || seen.has(id)) return expected;
    seen.add(id);
  }
  return undefined;
};
