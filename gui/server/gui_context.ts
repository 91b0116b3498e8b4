/**
 * What the server side needs from a Gui: its compiled pages, the app's callbacks and functions, and its
 * settings. Kept as an interface so that sessions and the socket endpoint do not depend on the Gui class.
 */
import type { CompiledPage } from "../page/compiled_page.ts";
import type { PageRouter } from "./page_router.ts";
import type { SharedVariables } from "../state/shared_variables.ts";
import type { State } from "../state/state_type.ts";
import type { ServerLimits } from "./server_limits.ts";

/** Any function the app registered; arguments are checked by the app's own types, not here. */
export type AppFunction = (...args: never[]) => unknown;

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

export interface GuiContext<S extends object> {
  readonly pages: ReadonlyMap<string, CompiledPage>;
  readonly functions: Readonly<Record<string, AppFunction>>;
  readonly callbacks: GuiCallbacks<S>;
  /** The pages' views and navigation between them. */
  readonly router: PageRouter<S>;
  /** Fresh per-client copy of the initial state. */
  initialValues(): Record<string, unknown>;
  /** The variables with one value for all clients (`gui.addSharedVariable`). */
  readonly shared?: SharedVariables;
  /** How long a state outlives its tab's last connection, in ms. */
  readonly stateRetentionMs: number;
  /** The deployment's resource ceilings (see server_limits.ts). */
  readonly limits: ServerLimits;
  /** The browser tab's title, set by run(). */
  title: string;
  /** Dev mode: why the pages last failed to compile (with a code frame), until they compile again. */
  devError?: string;
}
