/**
 * Lays builder nodes out as the Markdown page they stand for (the listing) and builds the element tree with
 * positions in that listing, so that a builder page's errors point at a line and column of text a
 * developer can read: `<|{x}|slider|min=abc|>` with a caret under `abc`.
 *
 * Each element or piece of Markdown is its own paragraph; a block's opening tag ends its line and its
 * closing `|>` stands alone, as Tapir's Markdown requires.
 */
import { blockNames, elementNames } from "../elements/catalogue.ts";
import { type SourcePosition, TemplateSyntaxError } from "../errors.ts";
import type { ElementNode, PageNode, PropertyNode } from "../template/page_tree.ts";
import { parsePage } from "../template/parse_page.ts";
import type { BuilderNode, NodeValue } from "./builder_node.ts";

/** The page name builder errors carry until the page is given a name (its position is in the listing). */
const BUILDER_PAGE = "builder page";

/**
 * @example
 * ```ts
 * renderListing([{ kind: "element", type: "slider", defaultValue: "{x}", properties: [["min", "0"]] }]);
 * // { source: "<|{x}|slider|min=0|>\n", children: [{ kind: "element", type: "slider", ... }] }
 * ```
 */
export function renderListing(nodes: readonly BuilderNode[]): { children: PageNode[]; source: string } {
  const lines: string[] = [];
  const children = renderNodes(nodes, lines);
  return { children, source: lines.join("\n") + "\n" };
}

function renderNodes(nodes: readonly BuilderNode[], lines: string[]): PageNode[] {
  const result: PageNode[] = [];
  for (const node of nodes) {
    if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
    switch (node.kind) {
      case "element":
        result.push(renderElement(node, lines));
        break;
      case "markdown":
        result.push(...parseSnippet(node.text, lines));
        break;
      case "html":
        lines.push(...node.html.split("\n"));
        result.push({ kind: "html", html: node.html });
        break;
      default: {
        const unknown: never = node;
        throw new TypeError(`not a builder node: ${JSON.stringify(unknown)}`);
      }
    }
  }
  return result;
}

function renderElement(node: Extract<BuilderNode, { kind: "element" }>, lines: string[]): ElementNode {
  const line = lines.length + 1;
  let text = "<|";
  const at = (): SourcePosition => ({ line, column: [...text].length + 1 });
  const element: ElementNode = {
    kind: "element",
    type: node.type,
    properties: [],
    position: { line, column: 1 },
    typePosition: at(),
  };
  if (node.defaultValue !== undefined) {
    const position = at();
    const value = String(node.defaultValue);
    text += `${escapeValue(value)}|`;
    element.defaultValue = { name: "", value, position, valuePosition: position };
  }
  element.typePosition = at();
  text += node.type;
  for (const [name, value] of node.properties) {
    text += "|";
    element.properties.push(renderProperty(name, value, () => at(), (part) => void (text += part)));
  }
  const block = node.children !== undefined;
  lines.push(text + (block ? "|" : "|>"));
  if (node.children !== undefined) {
    element.children = renderNodes(node.children, lines);
    if (lines[lines.length - 1] !== "") lines.push("");
    lines.push("|>");
  }
  return element;
}

function renderProperty(
  name: string,
  value: NodeValue,
  at: () => SourcePosition,
  write: (part: string) => void,
): PropertyNode {
  const position = at();
  if (value === false) write("not ");
  const namePosition = at();
  write(name);
  if (typeof value === "boolean") return { name, value, position, valuePosition: namePosition };
  write("=");
  const valuePosition = at();
  write(escapeValue(value));
  return { name, value, position, valuePosition };
}

/** Pipes escaped as in Markdown; line breaks shown as `\n`, since a tag stays on one line. */
function escapeValue(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\r?\n/g, "\\n");
}

/** Markdown given to the builder: parsed as a page, its positions moved to where it stands in the listing. */
function parseSnippet(text: string, lines: string[]): PageNode[] {
  const offset = lines.length;
  const snippet = text.replace(/\n+$/, "");
  lines.push(...snippet.split("\n"));
  try {
    return parsePage(snippet + "\n", { page: BUILDER_PAGE, elementNames, blockNames }).children.map((node) =>
      shiftNode(node, offset)
    );
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    throw new TemplateSyntaxError(error.reason, {
      page: BUILDER_PAGE,
      source: lines.join("\n"),
      position: { line: error.line + offset, column: error.column },
      ...(error.hint === undefined ? {} : { hint: error.hint }),
    });
  }
}

function shiftNode(node: PageNode, lines: number): PageNode {
  if (node.kind === "html") return node;
  const shift = (position: SourcePosition): SourcePosition => ({
    line: position.line + lines,
    column: position.column,
  });
  const shiftProperty = (property: PropertyNode): PropertyNode => ({
    ...property,
    position: shift(property.position),
    valuePosition: shift(property.valuePosition),
  });
  const shifted: ElementNode = {
    ...node,
    properties: node.properties.map(shiftProperty),
    position: shift(node.position),
    typePosition: shift(node.typePosition),
  };
  if (node.defaultValue !== undefined) shifted.defaultValue = shiftProperty(node.defaultValue);
  if (node.children !== undefined) shifted.children = node.children.map((child) => shiftNode(child, lines));
  return shifted;
}
