/**
 * An element tree (from Markdown or from the builder) -> CompiledPage: checks every element and property
 * against the catalogue, parses every binding, checks that the variables and functions it names exist,
 * and renders the HTML. The root page's `<|content|>` and a part's `partial` become slots (page_slot.ts).
 */
import { elementCatalogue, elementNames } from "../elements/catalogue.ts";
import { navbarDefaults } from "../elements/navbar.ts";
import { didYouMean, TemplateSyntaxError } from "../errors.ts";
import type { Binding } from "../expressions/mod.ts";
import type { ElementNode, PageNode, PageTree } from "../template/page_tree.ts";
import type { CompilePageOptions } from "./compile_page_options.ts";
import type { PageBuilder } from "./page_builder.ts";
import type { CompiledPage } from "./compiled_page.ts";
import { compileElement } from "./compile_element.ts";
import { type PageSlot, slotHtml } from "./page_slot.ts";
import { partialName } from "./partial_name.ts";

export interface CompileTreeOptions extends CompilePageOptions {
  /** The text the tree came from, for the code frame of errors (a builder page's listing). */
  source: string;
}

/**
 * Compiles an element tree into the page the server serves.
 *
 * @example
 * ```ts
 * const tree = parsePage(text, { page: "/", elementNames, blockNames });
 * const page = compilePageTree(tree, { page: "/", variables, functions, source: text });
 * ```
 */
export function compilePageTree(tree: PageTree, options: CompileTreeOptions): CompiledPage {
  const builder: PageBuilder = {
    elements: [],
    bindings: new Map(),
    writable: new Map(),
    actions: new Map(),
    elementTypes: new Set(),
    slots: [],
    firstIndex: options.firstIndex ?? 0,
    fail(reason, position, hint) {
      throw new TemplateSyntaxError(reason, {
        page: options.page,
        source: options.source,
        position,
        ...(hint === undefined ? {} : { hint }),
      });
    },
  };
  const html = renderNodes(tree.children, builder, options);
  const page: CompiledPage = {
    name: options.page,
    html,
    descriptor: { page: options.page, elements: builder.elements },
    elementTypes: builder.elementTypes,
    bindings: builder.bindings,
    dependents: indexDependents(builder.bindings),
    writable: builder.writable,
    actions: builder.actions,
  };
  if (builder.slots.length > 0) page.slots = builder.slots;
  return page;
}

function renderNodes(nodes: readonly PageNode[], builder: PageBuilder, options: CompilePageOptions): string {
  let html = "";
  let skipParagraphEnd = false;
  for (const [index, node] of nodes.entries()) {
    if (node.kind === "html") {
      html += skipParagraphEnd ? node.html.slice("</p>".length) : node.html;
      skipParagraphEnd = false;
      continue;
    }
    const rendered = node.type === "content"
      ? contentSlot(node, builder, options)
      : renderElement(node, builder, options);
    // A slot alone on its line must not stay in the paragraph Markdown puts it in: the page it receives
    // holds blocks, and an HTML parser closes a <p> at the first block, leaving the slot's content outside.
    const next = nodes[index + 1];
    if (holdsSlot(node) && html.endsWith("<p>") && next?.kind === "html" && next.html.startsWith("</p>")) {
      html = html.slice(0, -"<p>".length);
      skipParagraphEnd = true;
    }
    html += rendered;
  }
  return html;
}

function holdsSlot(node: ElementNode): boolean {
  return node.type === "content" ||
    (node.type === "part" && node.properties.some((property) => property.name === "partial"));
}

function renderElement(node: ElementNode, builder: PageBuilder, options: CompilePageOptions): string {
  const definition = elementCatalogue.get(node.type);
  if (definition === undefined) {
    // The parser only accepts known names, so this means the catalogue and parser disagree.
    builder.fail(`Unknown element "${node.type}"`, node.typePosition, didYouMean(node.type, elementNames));
  }
  const partial = node.type === "part"
    ? node.properties.find((property) => property.name === "partial")
    : undefined;
  // The partial is not a property the browser sees: the part holds a slot the server fills.
  const compiled = partial === undefined
    ? node
    : { ...node, properties: node.properties.filter((property) => property !== partial) };
  const index = compileElement(compiled, definition, builder, options);
  if (node.type === "navbar" && options.pages !== undefined) {
    navbarDefaults(builder.elements[index - builder.firstIndex], options.pages);
  }
  let inner = node.children === undefined ? "" : renderNodes(node.children, builder, options);
  if (partial !== undefined) {
    if (options.partial) builder.fail("A partial cannot show another partial", partial.position);
    if (inner.trim() !== "") {
      builder.fail("A part shows either a partial or its own content, not both", partial.position);
    }
    const name = partialName(partial.value);
    if (name === undefined) {
      builder.fail(
        `Property "partial" must name a partial`,
        partial.valuePosition,
        `write partial=name or partial={name}`,
      );
    }
    inner = addSlot(builder, { kind: "partial", name, position: partial.valuePosition });
  }
  const tag = `tp-${node.type}`;
  return `<${tag} data-tp="${index}" class="taipy-${node.type}">${inner}</${tag}>`;
}

/** `<|content|>`: the slot where the root page shows the current page. */
function contentSlot(node: ElementNode, builder: PageBuilder, options: CompilePageOptions): string {
  if (options.page !== "/" || options.partial) {
    builder.fail(
      `<|content|> can only stand in the root page "/"`,
      node.position,
      "the root page frames every page; <|content|> marks where the current page goes",
    );
  }
  const extra = node.defaultValue ?? node.properties[0];
  if (extra !== undefined) builder.fail("<|content|> takes no properties", extra.position);
  if (builder.slots.some((slot) => slot.kind === "content")) {
    builder.fail("The root page has more than one <|content|>", node.position);
  }
  return addSlot(builder, { kind: "content", position: node.position });
}

function addSlot(builder: PageBuilder, slot: PageSlot): string {
  builder.slots.push(slot);
  return slotHtml(slot, builder.slots.length - 1);
}

/** Variable name -> keys of the bindings that read it. */
export function indexDependents(bindings: ReadonlyMap<string, Binding>): Map<string, string[]> {
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
