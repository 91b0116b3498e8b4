/**
 * One content of a partial: compiled once when it is set (so a fault reaches whoever set it), then again
 * for each first index it is shown at, since where its elements' indexes start depends on the view.
 */
import type { CompiledPage } from "./compiled_page.ts";
import type { PageCompiler, PageText } from "./page_text.ts";

export class PartialContent {
  readonly name: string;
  readonly #text: PageText;
  readonly #compile: PageCompiler;
  readonly #compiled = new Map<number, CompiledPage>();

  /** Throws a TemplateSyntaxError when the content is malformed. */
  constructor(name: string, text: PageText, compile: PageCompiler) {
    this.name = name;
    this.#text = text;
    this.#compile = compile;
    this.at(0);
  }

  /** The content compiled so that its first element has index `firstIndex`. */
  at(firstIndex: number): CompiledPage {
    let page = this.#compiled.get(firstIndex);
    if (page === undefined) {
      page = this.#compile(`partial ${this.name}`, this.#text, { firstIndex, partial: true });
      this.#compiled.set(firstIndex, page);
    }
    return page;
  }
}
