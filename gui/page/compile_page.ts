/**
 * Page text -> CompiledPage: parses the page, then compiles its tree (compile_page_tree.ts). Every fault
 * is a TemplateSyntaxError pointing at its line and column, raised before any client connects.
 */
import { blockNames, elementNames } from "../elements/catalogue.ts";
import { parsePage } from "../template/parse_page.ts";
import type { CompilePageOptions } from "./compile_page_options.ts";
import { compilePageTree } from "./compile_page_tree.ts";
import type { CompiledPage } from "./compiled_page.ts";

export type { CompilePageOptions } from "./compile_page_options.ts";

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
