/**
 * Page text -> CompiledPage: parses the page, then compiles its tree (compile_page_tree.ts). Every fault
 * is a TemplateSyntaxError pointing at its line and column, raised before any client connects.
 */
import { blockNames, elementNames } from "../elements/catalogue.ts";
import type { SourcePosition } from "../errors.ts";
import type { Binding, CompiledCallback } from "../expressions/mod.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import { parsePage } from "../template/parse_page.ts";
import { compilePageTree } from "./compile_page_tree.ts";
import type { CompiledPage, ElementAction, WritableBinding } from "./compiled_page.ts";
import type { PageSlot } from "./page_slot.ts";

export interface CompilePageOptions {
  /** The page's name, for URLs and error messages. "/" is the root page, the only one with `<|content|>`. */
  page: string;
  /** Names of the state's variables: a binding to any other name is an error. */
  variables: ReadonlySet<string>;
  /** Names of the functions the app registered (callbacks and helpers usable in expressions). */
  functions: ReadonlySet<string>;
  /**
   * The index of the page's first element in the view it will be part of (default 0): a page shown inside
   * the root page starts after the root's elements, so that indexes never collide (see compose_view.ts).
   */
  firstIndex?: number;
  /** Every page's name, in order: the default `lov` of a navbar. */
  pages?: readonly string[];
  /** Compiling a partial: neither `<|content|>` nor other partials may stand in it. */
  partial?: boolean;
  /**
   * Receives each inline callback (`on_action={(state) => state.count++}`) with its text, under which the
   * page names it. Without it they are still compiled and checked.
   */
  addInlineCallback?: (text: string, callback: CompiledCallback) => void;
}

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

/**
 * Compiles a page written in Markdown with Tapir's element syntax.
 *
 * @example
 * ```ts
 * const page = compilePage("<|{x}|slider|>", { page: "/", variables: new Set(["x"]), functions: new Set() });
 * page.descriptor.elements[0]?.type; // "slider"
 * ```
 */
export function compilePage(source: string, options: CompilePageOptions): CompiledPage {
  const tree = parsePage(source, { page: options.page, elementNames, blockNames });
  return compilePageTree(tree, { ...options, source });
}
