/**
 * What the server side needs from a Gui: its compiled pages, the app's callbacks and functions, and its
 * settings. Kept as an interface so that sessions and the socket endpoint do not depend on the Gui class.
 */
import type { CompiledPage } from "../page/compiled_page.ts";
import type { PageRouter } from "./page_router.ts";
import type { ServerLimits } from "./server_limits.ts";
import type { SharedVariables } from "../state/shared_variables.ts";
import type { State } from "../state/state_type.ts";

/** Any function the app registered; arguments are checked by the app's own types, not here. */
export type AppFunction = (...args: never[]) => unknown;

export interface GuiCallbacks<S extends object> {
  onInit?: (state: State<S>) => unknown;
  onChange?: (state: State<S>, name: string, value: unknown) => unknown;
  onAction?: (state: State<S>, id: string | undefined, payload: unknown) => unknown;
  onException?: (state: State<S>, functionName: string, error: unknown) => unknown;
  /**
   * Runs before a page is shown (a link, the navbar, back/forward, navigate(), a page load) with the page's
   * name and its URL's query parameters. Return another page's name to show that one instead.
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
  /** What one client may cost: queues, buffers, timeouts (see server_limits.ts). */
  readonly limits: ServerLimits;
  /** The browser tab's title, set by run(). */
  title: string;
  /** Dev mode: why the pages last failed to compile (with a code frame), until they compile again. */
  devError?: string;
}
