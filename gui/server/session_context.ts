/**
 * What one tab's session (client_session.ts) needs from the Gui: the app's functions and callbacks, the
 * initial and shared state, and the limits. The Gui's full context (gui_context.ts) extends it; a file of
 * its own because that context names the page router, which names the session.
 */
import type { SharedVariables } from "../state/shared_variables.ts";
import type { AppFunction } from "./app_function.ts";
import type { GuiCallbacks } from "./gui_callbacks.ts";
import type { ServerLimits } from "./server_limits.ts";

/** The part of the Gui's context a session reads. */
export interface SessionContext<S extends object> {
  readonly functions: Readonly<Record<string, AppFunction>>;
  readonly callbacks: GuiCallbacks<S>;
  /** Fresh per-client copy of the initial state. */
  initialValues(): Record<string, unknown>;
  /** The variables with one value for all clients (`gui.addSharedVariable`). */
  readonly shared?: SharedVariables;
  /** The deployment's resource ceilings and what one client may cost (see server_limits.ts). */
  readonly limits: ServerLimits;
}
