/** What to do with a patch, given the sequence number of the last one applied. */
export type PatchOrder = "apply" | "stale" | "gap";

/**
 * Patches carry consecutive sequence numbers. The next one applies; an older one (a replay overlapping
 * what the tab already has) is ignored; a jump means patches were lost, and the tab must resume to get
 * them replayed.
 *
 * @example
 * ```ts
 * classifyPatch(4, 5); // "apply"
 * classifyPatch(4, 3); // "stale"
 * classifyPatch(4, 7); // "gap"
 * ```
 */
export function classifyPatch(lastSeq: number, seq: number): PatchOrder {
  if (seq === lastSeq + 1) return "apply";
  return seq <= lastSeq ? "stale" : "gap";
}
