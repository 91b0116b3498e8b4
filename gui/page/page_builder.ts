/** What a page being compiled collects, element by element (compile_page_tree.ts fills it). */
import type { SourcePosition } from "../errors.ts";
import type { Binding } from "../expressions/mod.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import type { ElementAction, WritableBinding } from "./compiled_page.ts";
import type { PageSlot } from "./page_slot.ts";

/** What compiling one element adds to the page; compile_element.ts produces it. */
export interface PageBuilder {
  elements: ElementDescriptor[];
  bindings: Map<string, Binding>;
  writable: Map<string, WritableBinding>;
  actions: Map<number, ElementAction>;
  elementTypes: Set<string>;
  /** Where other pages go, in document order (see page_slot.ts). */
  slots: PageSlot[];
  /** The index the page's first element gets (CompilePageOptions.firstIndex). */
  firstIndex: number;
  fail(reason: string, position: SourcePosition, hint?: string): never;
}
