/** The options of `compilePage` (compile_page.ts), passed down to every step that compiles a part of the page. */
import type { CompiledCallback } from "../expressions/mod.ts";

/** How to compile one page: its name, what the state and the app offer, where it sits in its view. */
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
