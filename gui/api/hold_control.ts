/** `holdControl(state, cancel?, message?)` and `resumeControl(state)`: Taipy's blocking overlay. */
import type { State } from "../state/state_type.ts";
import { tabControls } from "../server/tab_controls.ts";

/**
 * Blocks the tab of `state` behind an overlay showing `message` until `resumeControl(state)`: nothing on
 * the page can be clicked or focused meanwhile. With `cancel` (a function, or the name of one of the Gui's
 * functions), the overlay has a Cancel button; pressing it lifts the overlay and runs `cancel(state)` on
 * the server. The hold belongs to the tab's state: a reload or a reconnection shows the overlay again.
 * Throws a GuiConfigurationError for a cancel name that is not registered.
 *
 * @example
 * ```ts
 * async function importRows(state: State<AppState>) {
 *   holdControl(state, (state) => void (state.cancelled = true), "Importing rows...");
 *   try {
 *     await state.batch(async () => void (state.rows = await fetchRows()));
 *   } finally {
 *     resumeControl(state);
 *   }
 * }
 * ```
 */
export function holdControl<S extends object>(
  state: State<S>,
  cancel?: string | ((state: State<S>) => unknown),
  message = "Work in Progress...",
): void {
  tabControls(state, "holdControl()").hold(String(message), cancel);
}

/**
 * Lifts the overlay of `holdControl`; does nothing when the tab is not held.
 *
 * @example
 * ```ts
 * resumeControl(state);
 * ```
 */
export function resumeControl(state: object): void {
  tabControls(state, "resumeControl()").resume();
}
