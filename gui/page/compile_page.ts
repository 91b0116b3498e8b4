/**
 * Page text -> CompiledPage: parses the page, checks every element and property against the catalogue,
 * parses every binding, checks that the variables and functions it names exist, and renders the HTML.
 * Every fault is a TemplateSyntaxError pointing at its line and column, raised before any client connects.
 */
import { blockNames, elementCatalogue, elementNames } from "../elements/catalogue.ts";
import type { SourcePosition } from "../errors.ts";
import { didYouMean, TemplateSyntaxError } from "../errors.ts";
import type { Binding } from "../expressions/mod.ts";
import { parsePage } from "../template/parse_page.ts";
import type { PageNode } from "../template/page_tree.ts";
import type { CompiledPage, ElementAction, WritableBinding } from "./compiled_page.ts";
import { compileElement } from "./compile_element.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";

export interface CompilePageOptions {
  /** The page's name, for URLs and error messages. */
  page: string;
  /** Names of the state's variables: a binding to any other name is an error. */
  variables: ReadonlySet<string>;
  /** Names of the functions the app registered (callbacks and helpers usable in expressions). */
  functions: ReadonlySet<string>;
}

/** What compiling one element adds to the page; compile_element.ts produces it. */
export interface PageBuilder {
  elements: ElementDescriptor[];
  bindings: Map<string, Binding>;
  writable: Map<string, WritableBinding>;
  actions: Map<number, ElementAction>;
  elementTypes: Set<string>;
  fail(reason: string, position: SourcePosition, hint?: string): never;
}

export function compilePage(source: string, options: CompilePageOptions): CompiledPage {
  const tree = parsePage(source, { page: options.page, elementNames, blockNames });
  const builder: PageBuilder = {
    elements: [],
    bindings: new Map(),
    writable: new Map(),
    actions: new Map(),
    elementTypes: new Set(),
    fail(reason, position, hint) {
      throw new TemplateSyntaxError(reason, {
        page: options.page,
        source,
        position,
        ...(hint === undefined ? {} : { hint }),
      });
    },
  };
  const html = renderNodes(tree.children, builder, options);
  return {
    name: options.page,
    html,
    descriptor: { page: options.page, elements: builder.elements },
    elementTypes: builder.elementTypes,
    bindings: builder.bindings,
    dependents: indexDependents(builder.bindings),
    writable: builder.writable,
    actions: builder.actions,
  };
}

function renderNodes(nodes: readonly PageNode[], builder: PageBuilder, options: CompilePageOptions): string {
  let html = "";
  for (const node of nodes) {
    if (node.kind === "html") {
      html += node.html;
      continue;
    }
    const definition = elementCatalogue.get(node.type);
    if (definition === undefined) {
      // The parser only accepts known names, so this means the catalogue and parser disagree.
      builder.fail(`Unknown element "${node.type}"`, node.typePosition, didYouMean(node.type, elementNames));
    }
    const index = compileElement(node, definition, builder, options);
    const inner = node.children === undefined ? "" : renderNodes(node.children, builder, options);
    const tag = `tp-${node.type}`;
    html += `<${tag} data-tp="${index}" class="taipy-${node.type}">${inner}</${tag}>`;
  }
  return html;
}

function indexDependents(bindings: ReadonlyMap<string, Binding>): Map<string, string[]> {
  const dependents = new Map<string, string[]>();
  for (const [key, binding] of bindings) {
    for (const variable of binding.dependencies) {
      const keys = dependents.get(variable) ?? [];
      keys.push(key);
      dependents.set(variable, keys);
    }
  }
  return dependents;
}
