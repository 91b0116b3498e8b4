/**
 * One builder call -> one element node. The arguments read like Markdown's fragments: an optional value for
 * the default property, then the properties, then (blocks only) the children.
 */
import { blockNames, elementCatalogue } from "../elements/catalogue.ts";
import { didYouMean } from "../errors.ts";
import type { AnyValue } from "./builder_values.ts";
import { type BuilderNode, isBuilderNode } from "./builder_node.ts";
import { toNodeValue } from "./to_node_value.ts";

/** A block's children: a function that adds them to a builder, or the nodes themselves. */
export type Children<B> = ((builder: B) => void) | readonly BuilderNode[];

/** Builds the children of a block; given by page.ts, which owns the builder. */
export type CollectChildren = (children: unknown) => BuilderNode[];

/**
 * @example
 * ```ts
 * makeElement("slider", ["{x}", { min: 0 }], collect); // <|{x}|slider|min=0|>
 * makeElement("part", ["card", [el.text("{x}")]], collect); // <|card|part| ... |>
 * ```
 */
export function makeElement(type: string, args: readonly unknown[], collect: CollectChildren): BuilderNode {
  if (!elementCatalogue.has(type)) {
    throw new TypeError(`Unknown element "${type}"${hint(didYouMean(type, elementCatalogue.keys()))}`);
  }
  const block = blockNames.has(type);
  const [first, second, third] = args;
  let defaultValue: unknown;
  let props: unknown;
  let children: unknown;
  if (isProps(first)) [props, children] = [first, second];
  else if (block && isChildren(first)) children = first;
  else if (block && isChildren(second)) [defaultValue, children] = [first, second];
  else [defaultValue, props, children] = [first, second, third];
  if (children !== undefined && !block) throw new TypeError(`"${type}" is not a block: it takes no children`);
  const node: BuilderNode = { kind: "element", type, properties: [] };
  if (defaultValue !== undefined) node.defaultValue = String(toNodeValue(defaultValue as AnyValue, type));
  if (props !== undefined) {
    if (!isProps(props)) throw new TypeError(`the properties of "${type}" must be an object`);
    for (const [name, value] of Object.entries(props)) {
      if (value !== undefined) node.properties.push([name, toNodeValue(value as AnyValue, name)]);
    }
  }
  if (block) node.children = children === undefined ? [] : collect(children);
  return node;
}

function isProps(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isBuilderNode(value);
}

function isChildren(value: unknown): boolean {
  return typeof value === "function" || (Array.isArray(value) && value.every(isBuilderNode));
}

function hint(text: string | undefined): string {
  return text === undefined ? "" : ` (${text})`;
}
