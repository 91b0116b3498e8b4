/**
 * The typed page builder, Tapir's answer to Taipy's Page Builder API: pages written as TypeScript calls,
 * which produce the same element tree as the Markdown syntax and go through the same compiler.
 *
 * Two styles, mixable: a function that adds elements to a builder (`page((b) => { b.slider(...) })`), or
 * element values composed as data (`page(el.slider(...), el.layout(...))`).
 */
import { elementCatalogue } from "../elements/catalogue.ts";
import { hasSentinelCharacter } from "../page/page_slot.ts";
import type { BuilderNode } from "./builder_node.ts";
import { isBuilderNode } from "./builder_node.ts";
import { BuilderPage } from "./builder_page.ts";
import type { BlockElement, DefaultProperty, ElementProps } from "./element_types.ts";
import { type Children, makeElement } from "./make_element.ts";
import { renderListing } from "./render_listing.ts";

type ElementName = keyof ElementProps;
type DefaultValueOf<E extends ElementName> = Exclude<
  ElementProps[E][DefaultProperty[E] & keyof ElementProps[E]],
  undefined
>;

/** An inline element: `(value?, props?)` or `(props)`. */
export interface InlineFactory<E extends ElementName, R> {
  (props?: ElementProps[E]): R;
  (value: DefaultValueOf<E>, props?: ElementProps[E]): R;
}

/** A block: `(value?, props?, children?)`, `(value, children)`, `(props, children?)` or `(children)`. */
export interface BlockFactory<E extends ElementName, R> {
  (children?: Children<Builder>): R;
  (props: ElementProps[E], children?: Children<Builder>): R;
  (value: DefaultValueOf<E>, children: Children<Builder>): R;
  (value: DefaultValueOf<E>, props?: ElementProps[E], children?: Children<Builder>): R;
}

/** One typed function per element of the catalogue. */
export type ElementFunctions<R> = {
  readonly [E in ElementName]: E extends BlockElement ? BlockFactory<E, R> : InlineFactory<E, R>;
};

/**
 * What both styles offer besides the elements.
 *
 * @example
 * ```ts
 * import { page } from "tapir/builder";
 *
 * const home = page((b) => {
 *   b.markdown("# Home\n\nSome *text*.");
 *   b.html("<hr>");
 *   b.element("my_element", "{value}", { size: 3 }); // an element an extension added
 * });
 * ```
 */
export interface BuilderExtras<R> {
  /** Markdown, with Tapir's element syntax: `b.markdown("# Sales\n\nTotal: <|{total}|>")`. */
  markdown(text: string): R;
  /** Raw HTML, inserted as is. */
  html(html: string): R;
  /** Any element by name, untyped: for elements added to the catalogue by extensions. */
  element(type: string, ...args: unknown[]): R;
}

/**
 * The `b` of `page((b) => ...)`: every call adds to the page (or to the block being built).
 *
 * @example
 * ```ts
 * import { type Builder, page } from "tapir/builder";
 *
 * function controls(b: Builder): void {
 *   b.slider("{level}", { min: 0, max: 10 });
 *   b.button("Reset", { on_action: "reset" });
 * }
 * const home = page((b) => b.part("card", (inner) => controls(inner)));
 * ```
 */
export type Builder = ElementFunctions<void> & BuilderExtras<void> & {
  /** Adds nodes made with `el`. */
  add(...nodes: BuilderNode[]): void;
};

/**
 * Element values, to compose pages as data: `page(el.text("# Hi", { mode: "markdown" }), el.slider("{x}"))`.
 *
 * @example
 * ```ts
 * import { el, type Elements, page } from "tapir/builder";
 *
 * const elements: Elements = el;
 * const home = page(elements.text("{level}"), elements.layout({ columns: "1 2" }, [el.text("a"), el.text("b")]));
 * ```
 */
export type Elements = ElementFunctions<BuilderNode> & BuilderExtras<BuilderNode>;

/**
 * Makes a page from builder calls or element values.
 *
 * @example
 * ```ts
 * import { el, page } from "tapir/builder";
 *
 * const home = page((b) => {
 *   b.markdown("# Settings");
 *   b.slider("{threshold}", { min: 0, max: 100 });
 *   b.layout({ columns: "1 1" }, (b) => {
 *     b.part("card", [el.text("{threshold * 2}")]);
 *     b.button("Reset", { on_action: "reset" });
 *   });
 * });
 * new Gui({ pages: { "/": "<|navbar|>\n\n<|content|>", home }, state: { threshold: 50 }, functions: { reset } });
 * ```
 */
export function page(
  content: ((builder: Builder) => void) | BuilderNode | readonly BuilderNode[],
  ...more: BuilderNode[]
): BuilderPage {
  const nodes = [...collect(content), ...more];
  const { children, source } = renderListing(nodes);
  return new BuilderPage(children, source);
}

/**
 * Element values for `page(...)`, a block's children, or `b.add(...)`.
 *
 * @example
 * ```ts
 * import { el, page } from "tapir/builder";
 *
 * const home = page(el.markdown("# Totals"), el.part("card", [el.text("{total}", { format: "%.2f" })]));
 * ```
 */
export const el: Elements = Object.freeze(elementFunctions((node) => node));

function collect(children: unknown): BuilderNode[] {
  if (typeof children === "function") {
    const nodes: BuilderNode[] = [];
    (children as (builder: Builder) => void)(createBuilder(nodes));
    return nodes;
  }
  const list: unknown[] = Array.isArray(children) ? children : [children];
  return list.map((node) => {
    if (!isBuilderNode(node)) {
      throw new TypeError("a page's content must be builder nodes (made with el) or a function");
    }
    return node;
  });
}

function createBuilder(nodes: BuilderNode[]): Builder {
  const add = (node: BuilderNode): void => void nodes.push(node);
  return Object.assign(elementFunctions(add), {
    add: (...added: BuilderNode[]) => void nodes.push(...added),
  });
}

/** Every element function and the extras, each handing its node to `use`. */
function elementFunctions<R>(use: (node: BuilderNode) => R): ElementFunctions<R> & BuilderExtras<R> {
  const functions: Record<string, (...args: unknown[]) => R> = {};
  for (const type of elementCatalogue.keys()) {
    functions[type] = (...args) => use(makeElement(type, args, collect));
  }
  const extras: BuilderExtras<R> = {
    markdown: (text) => use({ kind: "markdown", text: checkedText(text, "markdown") }),
    html: (html) => use({ kind: "html", html: checkedText(html, "html") }),
    element: (type, ...args) => use(makeElement(type, args, collect)),
  };
  // The catalogue is the source of both these functions and the generated types, so they match (a test
  // checks that element_types.ts is current).
  return Object.assign(functions, extras) as unknown as ElementFunctions<R> & BuilderExtras<R>;
}

function checkedText(text: string, what: string): string {
  if (typeof text !== "string") throw new TypeError(`${what}() takes a string`);
  if (hasSentinelCharacter(text)) throw new TypeError(`${what}() text cannot contain the character U+0000`);
  return text;
}
