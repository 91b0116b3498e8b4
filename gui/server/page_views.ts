/**
 * The application's pages and partials, and the views composed from them (see page/compose_view.ts).
 *
 * Rules, as in Taipy: with one page, that page is the whole application at "/". With several, the page
 * named "/" (if any) is the root page: it frames every other page, which goes where the root has
 * `<|content|>` (or after the root's own content when it has none), and "/" shows the first other page.
 * Without a root page, pages are shown alone.
 *
 * Every tab sees the default views, served from `views`, unless a partial was updated for it: its views are
 * then composed for it alone and cached until its partials change again.
 */
import { didYouMean, GuiConfigurationError, TemplateSyntaxError } from "../errors.ts";
import type { CompiledPage } from "../page/compiled_page.ts";
import {
  bareFrame,
  composeView,
  type PageView,
  type PartialAt,
  withContentSlot,
} from "../page/compose_view.ts";
import type { PageCompiler, PageSource, PageText } from "../page/page_text.ts";
import { sourceOf } from "../page/page_text.ts";
import { PARTIAL_NAME } from "../page/partial_name.ts";
import { PartialContent } from "../page/partial_content.ts";
import { PAGE_NAME, pageNameOf } from "../protocol/navigation.ts";

interface SessionViews {
  partials: Map<string, PartialContent>;
  views: Map<string, PageView>;
  /** The reload its views were composed after (see reload()). */
  generation: number;
}

export class PageViews {
  /** View name -> default view; "/" is the first page's view when there are several. */
  readonly views = new Map<string, PageView>();
  /** Page names in the order given, "/" included when there is a root page. */
  readonly names: readonly string[];
  readonly #sources = new Map<string, PageSource>();
  readonly #texts = new Map<string, PageText>();
  readonly #partialSources = new Map<string, PageSource>();
  readonly #partials = new Map<string, PartialContent>();
  readonly #compile: PageCompiler;
  readonly #sessions = new WeakMap<object, SessionViews>();
  #frame: CompiledPage | undefined;
  readonly #contents = new Map<string, CompiledPage>();
  /** Bumped by every reload, so that views composed for one tab before it are composed again. */
  #generation = 0;
  /** Neutral views (see neutralView) by page name, for the frame they were composed with. */
  #neutral: { frame: CompiledPage | undefined; views: Map<string, PageView> } = {
    frame: undefined,
    views: new Map(),
  };

  constructor(sources: Record<string, PageSource>, compile: PageCompiler) {
    this.#compile = compile;
    for (const [given, source] of Object.entries(sources)) {
      const name = pageNameOf(given);
      if (!PAGE_NAME.test(given) || this.#sources.has(name)) {
        throw new GuiConfigurationError(
          this.#sources.has(name)
            ? `page "${given}" is given twice (page names ignore leading and trailing slashes)`
            : `page name "${given}" may only hold letters, digits, "_", "-" and "/"`,
        );
      }
      this.#sources.set(name, source);
    }
    this.names = [...this.#sources.keys()];
  }

  /** Compiles the pages given as text, so that their faults surface before anything runs. */
  compileGiven(): void {
    for (const [name, source] of this.#sources) {
      if (source instanceof URL) continue;
      this.#texts.set(name, source);
      this.#compile(name, source, { pages: this.names });
    }
  }

  /** Adds a partial, shown by every `part` with `partial=name` until updated for one tab. */
  addPartial(name: string, source: PageSource): void {
    if (!PARTIAL_NAME.test(name)) {
      throw new GuiConfigurationError(`partial name "${name}" may only hold letters, digits, "_" and "-"`);
    }
    if (this.#partialSources.has(name)) throw new GuiConfigurationError(`partial "${name}" is added twice`);
    if (this.views.size > 0) throw new GuiConfigurationError(`add partial "${name}" before gui.run()`);
    this.#partialSources.set(name, source);
    if (!(source instanceof URL)) this.#partials.set(name, new PartialContent(name, source, this.#compile));
  }

  /** Reads the pages and partials given as files, and composes every view. */
  async load(readText: (url: URL) => Promise<string>): Promise<void> {
    for (const [name, source] of this.#sources) {
      if (source instanceof URL) this.#texts.set(name, await readText(source));
    }
    for (const [name, source] of this.#partialSources) {
      if (source instanceof URL) {
        this.#partials.set(name, new PartialContent(name, await readText(source), this.#compile));
      }
    }
    this.#build();
  }

  /** The pages and partials given as files, to watch in dev mode. */
  get files(): URL[] {
    return [...this.#sources.values(), ...this.#partialSources.values()]
      .filter((source): source is URL => source instanceof URL);
  }

  /**
   * Dev mode: reads the files again and rebuilds every view. All or nothing: when a page no longer
   * compiles, the views stay as they were and the error is thrown. Resolves with true when the frame (the
   * root page, or the only page) changed: tabs cannot swap it in place, they must load the page again.
   */
  async reload(readText: (url: URL) => Promise<string>): Promise<boolean> {
    const texts = new Map(this.#texts);
    const partials = new Map(this.#partials);
    for (const [name, source] of this.#sources) {
      if (source instanceof URL) texts.set(name, await readText(source));
    }
    for (const [name, source] of this.#partialSources) {
      if (source instanceof URL) {
        partials.set(name, new PartialContent(name, await readText(source), this.#compile));
      }
    }
    const saved = {
      texts: new Map(this.#texts),
      partials: new Map(this.#partials),
      views: new Map(this.views),
      contents: new Map(this.#contents),
      frame: this.#frame,
    };
    replaceAll(this.#texts, texts);
    replaceAll(this.#partials, partials);
    this.#contents.clear();
    try {
      this.#build();
    } catch (error) {
      replaceAll(this.#texts, saved.texts);
      replaceAll(this.#partials, saved.partials);
      replaceAll(this.views, saved.views);
      replaceAll(this.#contents, saved.contents);
      this.#frame = saved.frame;
      throw error;
    }
    this.#generation++;
    const before = saved.frame;
    const after = this.#frame;
    return before?.html !== after?.html ||
      JSON.stringify(before?.descriptor) !== JSON.stringify(after?.descriptor);
  }

  /** The page a name shows ("/" resolved to the first page), or undefined when there is none. */
  resolve(name: string): string | undefined {
    const view = this.views.get(pageNameOf(name));
    return view?.name;
  }

  /** The view of page `name` for the tab of `session` (its partials included). */
  viewFor(session: object, name: string): PageView | undefined {
    const own = this.#sessions.get(session);
    const view = this.views.get(pageNameOf(name));
    if (own === undefined || view === undefined) return view;
    if (own.generation !== this.#generation) {
      own.views.clear();
      own.generation = this.#generation;
    }
    let composed = own.views.get(view.name);
    if (composed === undefined) {
      composed = this.#compose(
        view.name,
        (partial, first) => (own.partials.get(partial) ?? this.#partials.get(partial))?.at(first),
      );
      own.views.set(view.name, composed);
    }
    return composed;
  }

  /**
   * The view of page `name` with nothing of the page itself: the frame (the root page and its partials) with
   * an empty content slot, named after the page. What a document shows when the server must know the tab's
   * state before it may say what the page holds (an app with onNavigate). With a single page, which is its
   * own frame, that page's view.
   */
  neutralView(name: string): PageView | undefined {
    const view = this.views.get(pageNameOf(name));
    if (view === undefined || this.names.every((page) => page === "/")) return view;
    if (this.#neutral.frame !== this.#frame) this.#neutral = { frame: this.#frame, views: new Map() };
    let neutral = this.#neutral.views.get(view.name);
    if (neutral === undefined) {
      const frame = this.#frame ?? bareFrame();
      neutral = composeView(
        view.name,
        frame,
        undefined,
        (partial, first) => this.#partials.get(partial)?.at(first),
      );
      this.#neutral.views.set(view.name, neutral);
    }
    return neutral;
  }

  /** True for a view neutralView made: it shows none of its page. */
  isNeutral(view: PageView): boolean {
    return this.#neutral.frame === this.#frame && this.#neutral.views.get(view.name) === view;
  }

  /** True when a partial was updated for this tab: its views differ from the default ones. */
  hasOwnViews(session: object): boolean {
    return this.#sessions.has(session);
  }

  /** Sets what partial `name` shows for one tab. Throws for an unknown partial or malformed content. */
  setPartial(session: object, name: string, text: PageText): void {
    if (!this.#partials.has(name)) {
      throw new GuiConfigurationError(`Unknown partial "${name}"${hintOf(name, this.#partials.keys())}`);
    }
    const content = new PartialContent(name, text, this.#compile);
    let own = this.#sessions.get(session);
    if (own === undefined) {
      own = { partials: new Map(), views: new Map(), generation: this.#generation };
      this.#sessions.set(session, own);
    }
    own.partials.set(name, content);
    own.views.clear();
  }

  #build(): void {
    const root = this.#texts.get("/");
    const pages = this.names.filter((name) => name !== "/");
    const partialAt: PartialAt = (name, first) => this.#partials.get(name)?.at(first);
    if (pages.length === 0 && root !== undefined) {
      this.#frame = this.#compileChecked("/", root, 0);
      this.views.set("/", this.#compose("/", partialAt));
      return;
    }
    this.#frame = root === undefined ? bareFrame() : withContentSlot(this.#compileChecked("/", root, 0));
    const first = this.#frame.descriptor.elements.length;
    for (const name of pages) {
      const text = this.#texts.get(name);
      if (text === undefined) continue;
      this.#contents.set(name, this.#compileChecked(name, text, first));
      this.views.set(name, this.#compose(name, partialAt));
    }
    const home = pages[0] === undefined ? undefined : this.views.get(pages[0]);
    if (home !== undefined) this.views.set("/", home);
  }

  #compose(name: string, partialAt: PartialAt): PageView {
    const frame = this.#frame ?? bareFrame();
    return composeView(name, frame, this.#contents.get(name), partialAt);
  }

  /** Compiles a page and checks that the partials it shows exist. */
  #compileChecked(name: string, text: PageText, firstIndex: number): CompiledPage {
    const page = this.#compile(name, text, { firstIndex, pages: this.names });
    for (const slot of page.slots ?? []) {
      if (slot.kind !== "partial" || this.#partials.has(slot.name)) continue;
      throw new TemplateSyntaxError(`Unknown partial "${slot.name}"`, {
        page: name,
        source: sourceOf(text),
        position: slot.position,
        hint: didYouMean(slot.name, this.#partials.keys()) ??
          `add it with gui.addPartial("${slot.name}", ...)`,
      });
    }
    return page;
  }
}

function replaceAll<K, V>(target: Map<K, V>, source: ReadonlyMap<K, V>): void {
  target.clear();
  for (const [key, value] of source) target.set(key, value);
}

function hintOf(name: string, names: Iterable<string>): string {
  const hint = didYouMean(name, names);
  return hint === undefined ? " (add it with gui.addPartial before gui.run)" : ` (${hint})`;
}
