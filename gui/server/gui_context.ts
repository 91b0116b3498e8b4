/**
 * What the server side needs from a Gui: its compiled pages, the app's callbacks and functions, and its
 * settings. Kept as an interface so that sessions and the socket endpoint do not depend on the Gui class.
 */
import type { CompiledPage } from "../page/compiled_page.ts";
import type { PageRouter } from "./page_router.ts";
import type { SessionContext } from "./session_context.ts";

/** What the server side needs from a Gui (see the module doc). */
export interface GuiContext<S extends object> extends SessionContext<S> {
  readonly pages: ReadonlyMap<string, CompiledPage>;
  /** The pages' views and navigation between them. */
  readonly router: PageRouter<S>;
  /** How long a state outlives its tab's last connection, in ms. */
  readonly stateRetentionMs: number;
  /** The browser tab's title, set by run(). */
  title: string;
  /** Dev mode: why the pages last failed to compile (with a code frame), until they compile again. */
  devError?: string;
}
