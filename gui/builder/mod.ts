/**
 * Tapir's typed page builder: pages as TypeScript calls instead of Markdown, with every element's
 * properties typed from the element catalogue. A builder page goes wherever a page does.
 *
 * @example
 * ```ts
 * import { Gui } from "tapir";
 * import { el, page } from "tapir/builder";
 *
 * const home = page((b) => {
 *   b.markdown("# Home");
 *   b.slider("{level}", { min: 0, max: 10 });
 *   b.part("card", [el.text("Level: {level}")]);
 * });
 * await new Gui({ pages: { home }, state: { level: 3 } }).run();
 * ```
 *
 * @module
 */
export { type Builder, type BuilderExtras, el, type Elements, page } from "./page.ts";
export { BuilderPage } from "./builder_page.ts";
export type { BuilderNode } from "./builder_node.ts";
export type { BlockElement, DefaultProperty, ElementProps } from "./element_types.ts";
export type { AnyValue, Bound, ListValue } from "./builder_values.ts";
