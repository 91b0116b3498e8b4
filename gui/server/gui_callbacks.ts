/**
 * The app's own callbacks on a Gui (`onInit`, `onChange`, `onNavigate`...), the part of `GuiOptions` the
 * server runs. A file of its own: the callback runner and the page router need these types, and the
 * Gui's context (gui_context.ts) refers to the router.
 */
import type { State } from "../state/state_type.ts";

/**
 * The Gui's own callbacks, each given the tab's `State<S>` first. Elements' own `on_change` and `on_action`
 * take precedence over `onChange` and `onAction`.
 *
 * @example
 * ```ts
 * import { Gui } from "tapir";
 *
 * new Gui({
 *   page: "<|{count}|> <|Add|button|>",
 *   state: { count: 0 },
 *   onInit: (state) => void (state.count = 1),
 *   onChange: (state, name, value) => console.log(name, "is now", value),
 *   onAction: (state, id, payload) => void (state.count += 1),
 *   onException: (state, functionName, error) => console.error(functionName, error),
 *   onNavigate: (state, page) => (page === "admin" ? "home" : page),
 * });
 * ```
 */
export interface GuiCallbacks<S extends object> {
  /** Runs once for each new tab, before its page is shown. */
  onInit?: (state: State<S>) => unknown;
  /**
   * Runs after a variable changed, by the user or by code, with the variable's name (a top-level variable
   * of the state, also for an in-place change of one of its parts) and its new value. The value is
   * `unknown` on purpose: what a browser writes is checked against the element that wrote it, not against
   * `S`, which does not exist at run time.
   */
  onChange?: (state: State<S>, name: keyof S & string, value: unknown) => unknown;
  /**
   * Runs for an action of an element with no `on_action` of its own, with the element's `id` (undefined
   * when it has none) and what the element sends (see docs/reference/elements.md for each payload).
   */
  onAction?: (state: State<S>, id: string | undefined, payload: unknown) => unknown;
  /**
   * Runs when a callback throws, with the callback's name and what it threw. The tab is told, the server
   * and the other tabs go on, and what the callback assigned before the throw stays.
   */
  onException?: (state: State<S>, functionName: string, error: unknown) => unknown;
  /**
   * Runs before a page is shown (a link, the navbar, back/forward, navigate(), a page load, a reconnection
   * naming another page than the one open) with the page's name and its URL's query parameters. Return
   * another page's name to show that one instead: the tab then never receives a value of the page it asked
   * for, and may write into and trigger only the page shown. A page allowed stays allowed while it is open
   * (a refresh or a reconnection does not ask again). If it throws or names no page, the tab stays on its
   * page (the first page on a page load). With an onNavigate, page documents hold only the root page: the
   * page itself comes with the welcome, once allowed.
   */
  onNavigate?: (
    state: State<S>,
    page: string,
    params: Record<string, string>,
  ) => string | undefined | void | Promise<string | undefined | void>;
  /** Runs once a page is shown to the tab (after a page load or a navigation). */
  onPageLoad?: (state: State<S>, page: string) => unknown;
}
