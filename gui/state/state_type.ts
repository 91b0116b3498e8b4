/**
 * The type callbacks see: the app's own state shape `S`, narrowed per variable, plus a few methods. Writing
 * `state.recievedData` where S has `receivedData` is a compile error.
 */

/** Methods every State has next to the app's variables. */
export interface StateMethods<S extends object> {
  /** Sets a variable by name; the same as `state[name] = value`. */
  assign<K extends keyof S & string>(name: K, value: S[K]): void;
  /**
   * Pushes a variable again after an in-place change the State could not see (a mutation of an object
   * reached through a local reference kept from before).
   */
  refresh(name: keyof S & string): void;
}

/**
 * One browser tab's state.
 *
 * @example
 * ```ts
 * const gui = new Gui({ page: "<|{count}|>", state: { count: 0 } });
 * function increment(state: State<{ count: number }>) {
 *   state.count += 1; // pushed to this tab only
 * }
 * ```
 */
export type State<S extends object> = S & StateMethods<S>;
