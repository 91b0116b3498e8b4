/**
 * Tapir: live, reactive web GUIs written as Markdown-like pages, on Deno and on Node.
 *
 * A page is Markdown with elements `<|...|>` bound to a per-client State. Tapir serves it, pushes every
 * change of a client's State to that client's page as it happens, and writes what the user types, drags
 * or clicks back into the State.
 *
 * @example
 * ```ts
 * import { Gui } from "tapir";
 *
 * type AppState = { count: number; threshold: number };
 * const gui = new Gui<AppState>({
 *   page: "Count: <|{count}|>\n\n<|{threshold}|slider|min=0|max=100|>\n\n<|Add one|button|on_action=add|>",
 *   state: { count: 0, threshold: 50 },
 *   functions: { add: (state) => { state.count += 1; } },
 * });
 * await gui.run({ port: 5000 });
 * ```
 *
 * @module
 */
export { Gui, type GuiOptions, type PageSource } from "./gui/gui.ts";
export type { RunOptions } from "./gui/api/run_options.ts";
export type { State, StateMethods } from "./gui/state/state_type.ts";
export type { Callback, GuiFunction, GuiFunctions } from "./gui/api/callback.ts";
export { defineFunctions } from "./gui/api/define_functions.ts";
export type { GuiCallbacks } from "./gui/server/gui_callbacks.ts";
export { getStateId } from "./gui/state/state_ids.ts";
export { broadcastCallback, invokeCallback } from "./gui/api/invoke_callback.ts";
export type { BroadcastOptions, StateFilter } from "./gui/api/broadcast_options.ts";
export {
  invokeLongCallback,
  type LongCallbackOptions,
  type LongCallbackStatus,
} from "./gui/api/invoke_long_callback.ts";
export { type AppWorker, startWorker, type WorkerLike } from "./gui/runtime/worker.ts";
export { navigate } from "./gui/api/navigate.ts";
export { type NotificationType, notify, type NotifyOptions } from "./gui/api/notify.ts";
export { holdControl, resumeControl } from "./gui/api/hold_control.ts";
export { download, type DownloadContent } from "./gui/api/download.ts";
export { PagePartial } from "./gui/api/page_partial.ts";
export { pagesFromFolder } from "./gui/api/pages_from_folder.ts";
export type { PageParams } from "./gui/protocol/navigation.ts";
export {
  GuiConfigurationError,
  type SourcePosition,
  TemplateSyntaxError,
  UnknownStateError,
} from "./gui/errors.ts";
export { CallbackTimeoutError } from "./gui/server/callback_timeout_error.ts";
export { DEFAULT_LIMITS, type ServerLimits } from "./gui/server/server_limits.ts";

// Runtime-neutral helpers for the code around a Gui (a TCP listener, a command line), the same on Deno and Node.
export { flagValue } from "./gui/api/run_options.ts";
export {
  commandLineArgs,
  connectTcp,
  exitProcess,
  isMainModule,
  listenTcp,
  onTerminationSignal,
  type TcpConnection,
  type TcpListener,
} from "./gui/runtime/mod.ts";
