/**
 * Finds the delta (see protocol/value_delta.ts) from the value a client holds to a new one, when the new
 * value reuses the old one's items: an array that kept a suffix of the old items in order and gained new
 * ones, or an object of such arrays. Items are compared by identity, so the check is one pass and never
 * mistakes an edited item for an unchanged one.
 */
import { isPlainRecord, type ValueDelta } from "../protocol/value_delta.ts";

/** Below this many items a full value is as cheap as a delta and simpler for the browser. */
const MIN_ARRAY_LENGTH = 16;

/** The delta from `previous` to `next`, or undefined when sending `next` whole is the right thing. */
export function computeDelta(previous: unknown, next: unknown, depth = 0): ValueDelta | undefined {
  if (previous === next) return undefined;
  if (Array.isArray(previous) && Array.isArray(next)) return arrayDelta(previous, next);
  if (depth === 0 && isPlainRecord(previous) && isPlainRecord(next)) return fieldsDelta(previous, next);
  return undefined;
}

function arrayDelta(previous: readonly unknown[], next: readonly unknown[]): ValueDelta | undefined {
  if (previous.length < MIN_ARRAY_LENGTH || next.length === 0) return undefined;
  // The first kept item tells how many old ones were dropped from the head.
  const drop = next[0] === previous[0] ? 0 : previous.indexOf(next[0]);
  if (drop < 0) return undefined;
  const kept = previous.length - drop;
  // A delta that carries more than half of the new array saves nothing worth the work.
  if (kept > next.length || kept * 2 < next.length) return undefined;
  for (let index = 0; index < kept; index++) {
    if (next[index] !== previous[index + drop]) return undefined;
  }
  return { drop, append: next.slice(kept) };
}

function fieldsDelta(previous: Record<string, unknown>, next: Record<string, unknown>): ValueDelta | undefined {
  const nextKeys = Object.keys(next);
  if (nextKeys.length !== Object.keys(previous).length) return undefined;
  const fields: Record<string, ValueDelta | { set: unknown }> = {};
  let grown = false;
  for (const key of nextKeys) {
    if (!Object.hasOwn(previous, key)) return undefined;
    if (previous[key] === next[key]) continue;
    const delta = computeDelta(previous[key], next[key], 1);
    if (delta === undefined) fields[key] = { set: next[key] };
    else {
      fields[key] = delta;
      grown = true;
    }
  }
  // Only worth it when at least one array travels as a delta.
  return grown ? { fields } : undefined;
}
