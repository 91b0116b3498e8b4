/**
 * The containers a State tracks in place (plain objects, arrays, Maps and Sets) and how to copy them. Copies
 * keep the shape of what they copy: an object reached twice is copied once, cycles stay cycles, and the
 * `copies` map says which copy stands for which original, so that proxies of an original can follow it.
 */

/** How a container is tracked: its fields and items one by one, or through its methods. */
export type ContainerKind = "fields" | "collection";

/**
 * The kind of container `value` is, or undefined for anything the State hands out as it is: primitives,
 * functions, frozen objects (they cannot change), class instances, dates, typed arrays.
 */
export function containerKind(value: unknown): ContainerKind | undefined {
  if (typeof value !== "object" || value === null || !Object.isExtensible(value)) return undefined;
  if (Array.isArray(value)) return "fields";
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return "fields";
  if (value instanceof Map || value instanceof Set) return "collection";
  return undefined;
}

/**
 * A deep copy of the containers in `value`; anything else (class instances, dates, frozen objects) is
 * shared, not copied. `unwrap` turns a tracked proxy met on the way into the object it stands for.
 */
export function copyContainers(
  value: unknown,
  unwrap: (value: object) => object,
  copies: Map<object, object> = new Map(),
): unknown {
  if (typeof value !== "object" || value === null) return value;
  const original = unwrap(value);
  const known = copies.get(original);
  if (known !== undefined) return known;
  if (containerKind(original) === undefined) return original;
  if (original instanceof Map) {
    const copy = new Map<unknown, unknown>();
    copies.set(original, copy);
    for (const [key, item] of original) copy.set(key, copyContainers(item, unwrap, copies));
    return copy;
  }
  if (original instanceof Set) {
    // Set members are found by identity: copying them would make `set.has(member)` false.
    const copy = new Set<unknown>(original);
    copies.set(original, copy);
    return copy;
  }
  const copy = emptyLike(original);
  copies.set(original, copy);
  for (const key of Object.keys(original)) {
    copy[key] = copyContainers((original as Record<string, unknown>)[key], unwrap, copies);
  }
  return copy;
}

/** An empty array or object with the same prototype as `original` (null-prototype records stay so). */
function emptyLike(original: object): Record<string, unknown> {
  if (Array.isArray(original)) return new Array(original.length) as unknown as Record<string, unknown>;
  return Object.create(Object.getPrototypeOf(original) as object | null) as Record<string, unknown>;
}

/**
 * `value` with every tracked proxy inside its arrays and plain objects replaced by the object it stands for.
 * A container that holds a proxy is copied rather than changed, since it belongs to the caller. Proxies
 * end up inside new values through spreads and array methods (`[...state.rows, row]` holds proxies of the
 * old rows); unwrapping keeps the old rows' identity, which the grown-array deltas compare.
 */
export function unwrapProxies(value: unknown, unwrap: (proxy: object) => object | undefined, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  const raw = unwrap(value);
  if (raw !== undefined) return raw;
  // Deeper than any sensible state: a cycle, most likely. Leave the rest as it is.
  if (depth > 64 || containerKind(value) !== "fields") return value;
  if (Array.isArray(value)) {
    // An index loop: arrays can be long, and Object.keys would make a string per item.
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== "object" || item === null) continue;
      const unwrapped = unwrapProxies(item, unwrap, depth + 1);
      if (unwrapped !== item) (copy ??= value.slice())[index] = unwrapped;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    const item = record[key];
    if (typeof item !== "object" || item === null || !Object.hasOwn(record, key)) continue;
    const unwrapped = unwrapProxies(item, unwrap, depth + 1);
    if (unwrapped === item) continue;
    copy ??= Object.assign(Object.create(Object.getPrototypeOf(record) as object | null) as object, record);
    copy[key] = unwrapped;
  }
  return copy ?? value;
}

/** Calls `visit` for every container in `value`, each once. */
export function forEachContainer(value: unknown, visit: (container: object) => void, seen = new Set<object>()): void {
  if (containerKind(value) === undefined || seen.has(value as object)) return;
  const container = value as object;
  seen.add(container);
  visit(container);
  if (container instanceof Set) return;
  const items = container instanceof Map ? container.values() : Object.values(container);
  for (const item of items) forEachContainer(item, visit, seen);
}
