/**
 * How a grown array travels: only what changed. `state.series = [...state.series, point]` sends the new
 * point, and a sliding window (`[...series.slice(1), point]`) sends the point and how many old ones to drop,
 * instead of the whole series. Objects of arrays (a chart's columns) carry one delta per changed field.
 * Shared by the server, which computes deltas, and the browser, which applies them.
 */

/** An array that lost `drop` items at its head and gained `append` at its tail. */
export interface ArrayDelta {
  drop: number;
  append: unknown[];
}

/** An object whose fields changed: a delta per grown array, a plain value for anything else. */
export interface FieldsDelta {
  fields: Record<string, ValueDelta | { set: unknown }>;
}

export type ValueDelta = ArrayDelta | FieldsDelta;

/** Applies a delta to the value the browser holds; returns a new value and leaves `previous` untouched. */
export function applyDelta(previous: unknown, delta: ValueDelta): unknown {
  if ("append" in delta) {
    const base = Array.isArray(previous) ? previous : [];
    return base.slice(delta.drop).concat(delta.append);
  }
  const base = isPlainRecord(previous) ? previous : {};
  const next: Record<string, unknown> = { ...base };
  for (const [name, change] of Object.entries(delta.fields)) {
    next[name] = "set" in change ? change.set : applyDelta(base[name], change);
  }
  return next;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
