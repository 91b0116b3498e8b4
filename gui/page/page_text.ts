/**
 * What a page or a partial is made from, once files are read: Markdown text or a builder page. And the
 * compiler the Gui hands to whoever needs pages compiled, so that its state's variables and its functions
 * are checked the same way everywhere.
 */
import type { BuilderPage } from "../builder/builder_page.ts";
import type { CompiledPage } from "./compiled_page.ts";

export type PageText = string | BuilderPage;

/** Compile options that vary per call; the Gui adds the variables and functions. */
export interface PageCompileOptions {
  firstIndex?: number;
  pages?: readonly string[];
  partial?: boolean;
}

export type PageCompiler = (name: string, text: PageText, options?: PageCompileOptions) => CompiledPage;

/** The text a page's errors quote: the Markdown itself, or a builder page's listing. */
export function sourceOf(text: PageText): string {
  return typeof text === "string" ? text : text.source;
}

/**
 * A page as the Gui takes it: Markdown text, a `.md` file given as a URL (read by `run()`), or a builder page.
 *
 * @example
 * ```ts
 * import { Gui, type PageSource } from "tapir";
 * import { page } from "tapir/builder";
 *
 * const home: PageSource = "# Home\n\n<|{count}|>";
 * const about: PageSource = new URL("./about.md", import.meta.url);
 * const settings: PageSource = page((b) => b.slider("{count}", { min: 0, max: 10 }));
 * new Gui({ pages: { home, about, settings }, state: { count: 0 } });
 * ```
 */
export type PageSource = string | URL | BuilderPage;
