/**
 * A view: what one tab has open, composed of the root page (the frame), the current page in its
 * `<|content|>` slot, and the partials in the partial slots. A view is one CompiledPage, so a session
 * serves it like any page: one descriptor, one set of bindings, writable keys and actions.
 *
 * Element indexes never collide because each piece was compiled with the index its first element has in
 * the view (CompilePageOptions.firstIndex): the frame from 0, the page after the frame, partials after the
 * page, in the order their slots are filled. The frame's indexes are therefore the same in every view,
 * which lets the browser keep the frame's elements alive and swap only the slots.
 */
import type { CompiledPage, ElementAction, WritableBinding } from "./compiled_page.ts";
import { indexDependents } from "./compile_page_tree.ts";
import type { Binding } from "../expressions/mod.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import { fillSlots, type PageSlot, slotHtml } from "./page_slot.ts";

/** A composed view. */
export interface PageView extends CompiledPage {
  /** The filled HTML of each of the frame's slots, in order: what the browser swaps on navigation. */
  slotHtml: readonly string[];
}

/** A partial's content compiled so that its first element gets index `firstIndex`; undefined if unknown. */
export type PartialAt = (name: string, firstIndex: number) => CompiledPage | undefined;

/**
 * Composes `frame` (compiled from index 0), `content` (compiled from the frame's element count) and the
 * partials their slots name into the view named `name`.
 *
 * @example
 * ```ts
 * const view = composeView("about", root, about, (name, first) => partials.get(name)?.compile(first));
 * view.html; // the root's HTML with the about page in its content slot
 * ```
 */
export function composeView(
  name: string,
  frame: CompiledPage,
  content: CompiledPage | undefined,
  partialAt: PartialAt,
): PageView {
  const view = new ViewParts();
  view.add(frame);
  if (content !== undefined) view.add(content);
  const partialHtml = (slot: PageSlot | undefined): string => {
    if (slot?.kind !== "partial") return "";
    const partial = partialAt(slot.name, view.elements.length);
    if (partial === undefined) return "";
    view.add(partial);
    return partial.html;
  };
  const contentHtml = content === undefined
    ? ""
    : fillSlots(content.html, (index) => partialHtml(content.slots?.[index]));
  const slots = (frame.slots ?? []).map((slot) => slot.kind === "content" ? contentHtml : partialHtml(slot));
  return {
    name,
    html: fillSlots(frame.html, (index) => slots[index] ?? ""),
    descriptor: { page: name, elements: view.elements },
    elementTypes: view.elementTypes,
    bindings: view.bindings,
    dependents: indexDependents(view.bindings),
    writable: view.writable,
    actions: view.actions,
    slotHtml: slots,
  };
}

/**
 * The frame of an application without a root page: nothing but a content slot.
 *
 * @example
 * ```ts
 * composeView("home", bareFrame(), home, () => undefined).html; // home's HTML in a content slot
 * ```
 */
export function bareFrame(): CompiledPage {
  return withContentSlot(emptyPage("/"));
}

/**
 * The root page with a content slot at its end, when it has none: Taipy shows the page after the root
 * page's own content then.
 */
export function withContentSlot(root: CompiledPage): CompiledPage {
  const slots = root.slots ?? [];
  if (slots.some((slot) => slot.kind === "content")) return root;
  const slot: PageSlot = { kind: "content", position: { line: 1, column: 1 } };
  return { ...root, html: root.html + slotHtml(slot, slots.length), slots: [...slots, slot] };
}

function emptyPage(name: string): CompiledPage {
  return {
    name,
    html: "",
    descriptor: { page: name, elements: [] },
    elementTypes: new Set(),
    bindings: new Map(),
    dependents: new Map(),
    writable: new Map(),
    actions: new Map(),
  };
}

/** The union of the pieces' elements, bindings, writable keys and actions. */
class ViewParts {
  readonly elements: ElementDescriptor[] = [];
  readonly elementTypes = new Set<string>();
  readonly bindings = new Map<string, Binding>();
  readonly writable = new Map<string, WritableBinding>();
  readonly actions = new Map<number, ElementAction>();

  add(page: CompiledPage): void {
    this.elements.push(...page.descriptor.elements);
    for (const type of page.elementTypes) this.elementTypes.add(type);
    for (const [key, binding] of page.bindings) this.bindings.set(key, binding);
    for (const [key, writable] of page.writable) {
      // The frame and the page may both write a variable: either element's value is accepted.
      const writers = [...(this.writable.get(key)?.writers ?? []), ...writable.writers];
      this.writable.set(key, { ...writable, writers });
    }
    for (const [index, action] of page.actions) this.actions.set(index, action);
  }
}
