/**
 * A page after compilation: the HTML the server sends, the descriptor the browser reads, and what the
 * server needs to keep a client's page up to date and to judge what the client sends.
 */
import type { WriteCheck } from "../elements/write_check.ts";
import type { Binding } from "../expressions/mod.ts";
import type { PageDescriptor } from "../protocol/page_descriptor.ts";
import type { PageSlot } from "./page_slot.ts";

/** What the server runs when an element's action fires. */
export interface ElementAction {
  /** The callback named by `on_action`, or undefined for the Gui's global `onAction`. */
  callbackName: string | undefined;
  /** The element's `id` property, handed to the callback. */
  elementId: string | undefined;
}

/** What the server does when a client writes a two-way bound key. */
export interface WritableBinding {
  binding: Binding;
  /** The element's `on_change` callback name, if any. */
  onChange: string | undefined;
  /** False when the element has `propagate=false`: the callback sees the value, the variable is not set. */
  propagate: boolean;
  /**
   * The elements that write this key (a variable may be bound to a slider and a number field at once): a
   * value is accepted when one of them could have written it.
   */
  writers: ElementWrite[];
}

/** One element's write into a key, and the rule its value must follow. */
export interface ElementWrite {
  /** The element's index in the page descriptor: its other properties are read for this state. */
  element: number;
  /** The two-way property (`value`, `selected[2]`). */
  property: string;
  /** What the element's UI can write; "upload" for a property only an HTTP upload sets. */
  check: WriteCheck | "upload";
}

export interface CompiledPage {
  name: string;
  /** The page body: Markdown's HTML with `<tp-TYPE data-tp="N">` placeholders. */
  html: string;
  descriptor: PageDescriptor;
  /** Element types used, to send only their code. */
  elementTypes: ReadonlySet<string>;
  /** Every binding the page shows, by key. */
  bindings: ReadonlyMap<string, Binding>;
  /** Variable name -> keys of the bindings that read it. */
  dependents: ReadonlyMap<string, readonly string[]>;
  /** Keys a client may write, with what to do on a write. */
  writable: ReadonlyMap<string, WritableBinding>;
  /** Element index -> its action. */
  actions: ReadonlyMap<number, ElementAction>;
  /**
   * Where other pages go (the root's `<|content|>`, partials), in document order; absent when none. The
   * HTML then holds sentinels that compose_view.ts fills: such a page is served only as part of a view.
   */
  slots?: readonly PageSlot[];
}
