import type { PathSegment } from "./binding.ts";
import { FORBIDDEN_KEYS } from "./forbidden_names.ts";

/**
 * Writes `value` at `path` inside `root` and returns the new root, copying every container along the path and
 * sharing everything else. The old root is left untouched, so change detection can compare by identity. When
 * the value already there is the same (`Object.is`), `root` itself is returned.
 *
 * `path` is relative to `root`: with a direct binding's path, drop its first segment (the variable's name),
 * or pass the object holding all variables as `root`. Every container on the way must exist; nothing is
 * created. Class instances are copied with their prototype and own properties (private `#fields` are not
 * copied); built-ins with internal slots (Map, Set, Date, typed arrays...) cannot be copied and are refused.
 *
 * @example
 * ```ts
 * const user = { name: "Ada", tags: ["x", "y"] };
 * const next = assignPath(user, ["tags", 1], "z") as typeof user;
 * next.tags; // ["x", "z"]
 * user.tags; // ["x", "y"], unchanged
 * next.name === user.name; // true
 * ```
 */
export function assignPath(root: unknown, path: readonly PathSegment[], value: unknown): unknown {
  return assignFrom(root, path, 0, value);
}

function assignFrom(
  container: unknown,
  path: readonly PathSegment[],
  depth: number,
  value: unknown,
): unknown {
  const segment = path[depth];
  if (segment === undefined) return value;
  if (typeof segment === "string" && FORBIDDEN_KEYS.has(segment)) {
    throw new Error(`Cannot write "${segment}": access to it is not allowed`);
  }
  if (typeof container !== "object" || container === null) {
    const where = depth === 0 ? "the root" : `[${path.slice(0, depth).map(String).join(", ")}]`;
    throw new Error(
      `Cannot write "${segment}" at path [${path.map(String).join(", ")}]: ${where} is ` +
        `${container === null ? "null" : typeof container}, not an object or array`,
    );
  }
  const record = container as Record<PathSegment, unknown>;
  const current = record[segment];
  const next = assignFrom(current, path, depth + 1, value);
  if (Object.is(current, next)) return container;
  const copy = shallowCopy(container) as Record<PathSegment, unknown>;
  copy[segment] = next;
  return copy;
}

function shallowCopy(container: object): object {
  if (Array.isArray(container)) return container.slice();
  if (hasInternalSlots(container)) {
    throw new Error(
      `Cannot copy a ${container.constructor.name} to write into it; bind to a plain object or array instead`,
    );
  }
  // Object.create keeps class instances' methods working and null-prototype records free of a prototype.
  return Object.assign(Object.create(Object.getPrototypeOf(container) as object | null) as object, container);
}

function hasInternalSlots(container: object): boolean {
  return container instanceof Map || container instanceof Set || container instanceof Date ||
    container instanceof WeakMap || container instanceof WeakSet || container instanceof RegExp ||
    container instanceof Promise || ArrayBuffer.isView(container) || container instanceof ArrayBuffer;
}
