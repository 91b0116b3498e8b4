/**
 * Whether a value a client sent equals, as JSON, a value the server holds (a lov item). The walk follows
 * the server's value, so a client's value nested thousands deep costs no more than the item's own depth, and
 * nothing of the client's is serialised.
 *
 * @example
 * ```ts
 * sameJson(["fr", "French"], ["fr", "French"]); // true
 * sameJson({ id: 1 }, { id: 1, extra: true }); // false
 * ```
 */
export function sameJson(held: unknown, sent: unknown): boolean {
  if (held instanceof Date) {
    return typeof sent === "string" && !Number.isNaN(held.getTime()) && held.toISOString() === sent;
  }
  if (typeof held !== "object" || held === null) {
    // JSON turns undefined into null and non-finite numbers into null.
    if (held === undefined || (typeof held === "number" && !Number.isFinite(held))) return sent === null;
    return Object.is(held, sent) || (held === 0 && sent === 0);
  }
  if (typeof sent !== "object" || sent === null) return false;
  if (Array.isArray(held)) {
    return Array.isArray(sent) && sent.length === held.length &&
      held.every((item, index) => sameJson(item, sent[index]));
  }
  if (Array.isArray(sent)) return false;
  const heldEntries = Object.entries(held).filter(([, item]) =>
    item !== undefined && typeof item !== "function"
  );
  const sentRecord = sent as Record<string, unknown>;
  return Object.keys(sentRecord).length === heldEntries.length &&
    heldEntries.every(([key, item]) => Object.hasOwn(sentRecord, key) && sameJson(item, sentRecord[key]));
}
