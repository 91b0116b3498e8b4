import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import { defineElement } from "./element_definition.ts";

/**
 * `<|navbar|>`: links to the application's pages, the current one marked. `lov` lists the pages to show
 * (default: every page but the root "/"), as names ("home;about") or `[name, label]` pairs. The links are
 * ordinary anchors, so they work with a middle click or without scripts; the navigator turns a plain click
 * into a navigation without reload.
 */
export const navbar = defineElement({
  name: "navbar",
  defaultProperty: "lov",
  doc: {
    summary: "Links to the application's pages, the current one marked. The links are ordinary anchors; a plain click navigates without a reload.",
    example: "<|navbar|lov=home;about|>",
    properties: {
      lov: "The pages to show, as names (`home;about`) or `[name, label]` pairs; default: every page but the root \"/\".",
    },
  },
  properties: {
    lov: { type: "list", dynamic: true },
    active: { type: "boolean", dynamic: true },
  },
});

/**
 * Gives a navbar without `lov` the application's pages (not the root page, which frames them all).
 *
 * @example
 * ```ts
 * navbarDefaults(descriptor, ["/", "home", "about"]); // descriptor.props.lov = ["home", "about"]
 * ```
 */
export function navbarDefaults(descriptor: ElementDescriptor | undefined, pages: readonly string[]): void {
  if (descriptor === undefined || "lov" in descriptor.props || "lov" in descriptor.bindings) return;
  descriptor.props["lov"] = pages.filter((page) => page !== "/");
}
