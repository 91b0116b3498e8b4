/**
 * Applies a selector's or tree's `adapter` on the server: `<|{user}|selector|lov={users}|adapter=toLov|>`
 * turns each item of `users` into an id and a label with the registered function `toLov`, the way Taipy's
 * `adapter=lambda u: (u.id, u.name)` does. The browser gets each id and label with the item itself, so that
 * it can write the chosen item back whole (or only its id, with `value_by_id`).
 */
import type { ValueTransform } from "./element_definition.ts";

/** One adapted item as it travels; `children` for the nested lov of a tree. */
export interface AdaptedLovItem {
  id: string;
  label: string;
  item: unknown;
  children?: AdaptedLovItem[];
}

/** What an adapted lov travels as: a wrapper, so the browser tells it from a lov given as it is. */
export interface AdaptedLov {
  adapted: AdaptedLovItem[];
}

type Adapter = (item: unknown) => unknown;

/**
 * Runs `adapter` on every item of `lov` (and of its items' children); undefined when `lov` is no array. The
 * adapter gets the item alone and returns an id and a label as `[id, label]`, `[id, label, children]`,
 * `{ id, label, children }`, or a bare id.
 *
 * @example
 * ```ts
 * adaptLov([{ code: "fr", name: "French" }], (u) => [u.code, u.name]);
 * // { adapted: [{ id: "fr", label: "French", item: { code: "fr", name: "French" } }] }
 * ```
 */
export function adaptLov(lov: unknown, adapter: Adapter): AdaptedLov | undefined {
  return Array.isArray(lov) ? { adapted: lov.map((item) => adaptItem(item, adapter)) } : undefined;
}

function adaptItem(item: unknown, adapter: Adapter): AdaptedLovItem {
  const adapted = adapter(item);
  let id: unknown = adapted;
  let label: unknown;
  let children: unknown;
  if (Array.isArray(adapted)) [id, label, children] = adapted;
  else if (typeof adapted === "object" && adapted !== null) {
    ({ id, label, children } = adapted as { id?: unknown; label?: unknown; children?: unknown });
  }
  const result: AdaptedLovItem = { id: textOf(id), label: textOf(label ?? id), item };
  if (Array.isArray(children) && children.length > 0) {
    result.children = children.map((child) => adaptItem(child, adapter));
  }
  return result;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * The rewrite of a `lov` property when its element names an `adapter`; undefined without one.
 *
 * @example
 * ```ts
 * const lov = { type: "any", dynamic: true, transform: adapterTransform };
 * ```
 */
export function adapterTransform(props: Readonly<Record<string, unknown>>): ValueTransform | undefined {
  const name = props["adapter"];
  if (typeof name !== "string" || name === "") return undefined;
  return {
    name: `adapter:${name}`,
    apply: (lov, { functions }) => {
      const adapter = Object.hasOwn(functions, name) ? functions[name] : undefined;
      if (adapter === undefined) throw new Error(`No function named "${name}" is registered`);
      return adaptLov(lov, adapter);
    },
  };
}
