/**
 * Reaching clients from background work (a socket listener, a poller, a timer): the free functions of
 * Taipy's API, delegating to the Gui.
 */
import type { BroadcastOptions } from "./broadcast_options.ts";
import type { Gui } from "../gui.ts";
import type { State } from "../state/state_type.ts";

/**
 * Runs `fn(state, ...args)` for the client whose state id is `stateId`, pushes what it changed to that
 * client, and resolves with fn's result. Rejects with UnknownStateError when the id is unknown or expired.
 *
 * @example
 * ```ts
 * socket.on("data", (value) => invokeCallback(gui, stateId, (state, v: number) => { state.receivedData = v; }, [value]));
 * ```
 */
export function invokeCallback<S extends object, A extends unknown[], R>(
  gui: Gui<S>,
  stateId: string,
  fn: (state: State<S>, ...args: A) => R | Promise<R>,
  args: A,
): Promise<R> {
  return gui.invokeCallback(stateId, fn, args);
}

/**
 * Runs `fn(state, ...args)` for every connected client, or those `options.filter` keeps (a test of each
 * state id, or a list of ids), and pushes what it changed to each.
 *
 * @example
 * ```ts
 * setInterval(() => broadcastCallback(gui, (state, now: string) => { state.clock = now; }, [new Date().toISOString()]), 1000);
 * // Only the clients of one room:
 * await broadcastCallback(gui, (state) => { state.unread += 1; }, [], { filter: (id) => roomOf.get(id) === "ops" });
 * ```
 */
export function broadcastCallback<S extends object, A extends unknown[]>(
  gui: Gui<S>,
  fn: (state: State<S>, ...args: A) => unknown,
  args: A,
  options: BroadcastOptions = {},
): Promise<void> {
  return gui.broadcastCallback(fn, args, options);
}
