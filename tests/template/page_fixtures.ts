/**
 * Shared fixtures of the template tests: element names like the catalogue's, and a compact, readable
 * summary of a tree so that test tables stay short.
 */
import type { PageNode, ParsePageOptions } from "../../gui/template/mod.ts";

export const BLOCK_NAMES: ReadonlySet<string> = new Set(["part", "layout", "expandable", "dialog", "pane"]);

export const ELEMENT_NAMES: ReadonlySet<string> = new Set([
  ...BLOCK_NAMES,
  "text",
  "button",
  "input",
  "number",
  "slider",
  "toggle",
  "selector",
  "table",
  "chart",
  "content",
]);

export const OPTIONS: ParsePageOptions = { page: "/", elementNames: ELEMENT_NAMES, blockNames: BLOCK_NAMES };

/** An element as `type@line:col`, then ` [default]@line:col` and ` name=value@line:col` for each property. */
export type Summary = string | { element: string; children: Summary[] };

/** The tree in short: HTML as its text, elements as one line, blocks with their children. */
export function summarize(nodes: PageNode[]): Summary[] {
  return nodes.map((node) => {
    if (node.kind === "html") return node.html;
    const at = ({ line, column }: { line: number; column: number }) => `@${line}:${column}`;
    let text = `${node.type}${at(node.position)}`;
    if (node.defaultValue !== undefined) {
      text += ` [${String(node.defaultValue.value)}]${at(node.defaultValue.position)}`;
    }
    for (const property of node.properties) {
      text += ` ${property.name}=${JSON.stringify(property.value)}${at(property.position)}`;
    }
    return node.children === undefined ? text : { element: text, children: summarize(node.children) };
  });
}
