/**
 * Maps a State handed to the app back to a way of running code for it, so that free functions given only
 * a State (`invokeLongCallback(state, ...)`) can reach its client later, as a callback of the Gui would.
 */

/**
 * Runs `call(state)` for the client as a callback named `functionName` (errors go to onException and the
 * client) and pushes what it changed. Resolves with undefined once the client's state has been freed.
 */
export type StateInvoker = (functionName: string, call: (state: object) => unknown) => Promise<unknown>;

const invokersByState = new WeakMap<object, StateInvoker>();

export function registerStateInvoker(state: object, invoker: StateInvoker): void {
  invokersByState.set(state, invoker);
}

/** The invoker of a State received by a Tapir callback. Throws TypeError for anything else. */
export function stateInvoker(state: object): StateInvoker {
  const invoker = invokersByState.get(state);
  if (invoker === undefined) throw new TypeError("expected a State received by a Tapir callback");
  return invoker;
}
