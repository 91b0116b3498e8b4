/**
 * Maps a State handed to the app back to its id, without putting the id on the State itself (where it
 * would shadow a variable of the same name).
 */
const idsByState = new WeakMap<object, string>();

export function registerStateId(state: object, id: string): void {
  idsByState.set(state, id);
}

/**
 * The id of a client's state, for `invokeCallback` from background work.
 *
 * @example
 * ```ts
 * const stateIds: string[] = [];
 * const gui = new Gui({ page: "<|{n}|>", state: { n: 0 }, onInit: (state) => stateIds.push(getStateId(state)) });
 * ```
 */
export function getStateId(state: object): string {
  const id = idsByState.get(state);
  if (id === undefined) throw new TypeError("getStateId() expects a State received by a Tapir callback");
  return id;
}
