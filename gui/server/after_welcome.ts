/**
 * What a tab is told right after its welcome besides values: what is still true although it travels
 * outside the patch stream (a hold overlay, a page that no longer compiles in dev mode), and the
 * notifications and downloads that waited while it was offline.
 */
import type { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import { controlsOf } from "./tab_controls.ts";

/**
 * Sends the tab its hold, its waiting notices and the current dev-mode error; call after the welcome.
 *
 * @example
 * ```ts
 * welcome(session, channel, lastSeq, resumed);
 * afterWelcome(session, context);
 * ```
 */
export function afterWelcome<S extends object>(session: ClientSession<S>, context: GuiContext<S>): void {
  if (context.devError !== undefined) {
    session.outbox.sendUnnumbered({ type: "dev-error", error: context.devError });
  }
  controlsOf(session.state.proxy)?.welcomed();
}
