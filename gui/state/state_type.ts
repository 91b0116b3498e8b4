/**
 * The type callbacks see: the app's own state shape `S`, narrowed per variable, plus a few methods. Writing
 * `state.recievedData` where S has `receivedData` is a compile error.
 */

/**
 * Methods every State has next to the app's variables.
 *
 * @example
 * ```ts
 * import type { State } from "tapir";
 *
 * function reset(state: State<{ count: number; rows: number[] }>) {
 *   state.assign("count", 0);
 *   state.rows.length = 0; // seen and pushed: it goes through the State
 *   state.refresh("rows"); // only needed for changes the State could not see
 * }
 * ```
 */
export interface StateMethods<S extends object> {
  /** Sets a variable by name; the same as `state[name] = value`. */
  assign<K extends keyof S & string>(name: K, value: S[K]): void;
  /**
   * Pushes a variable again after an in-place change the State could not see. Changes made through the
   * State (`state.items.push(x)`, `state.point.x = 3`) are seen and pushed without it; a change made through
   * a reference that did not come from the State (an object kept before it was assigned, or one inside a
   * Map or a class instance) is not.
   *
   * @example
   * ```ts
   * const rows = loadRows();
   * state.rows = rows;
   * rows.push(extraRow); // `rows` is the app's own array: the State cannot see this
   * state.refresh("rows");
   * ```
   */
  refresh(name: keyof S & string): void;
  /**
   * Runs `fn` and sends every change it makes, until it settles, as one message at its end, even across
   * awaits. While a batch runs, this client's other changes (from other callbacks) wait for it too.
   *
   * @example
   * ```ts
   * await state.batch(async () => {
   *   state.rows = await fetchRows();
   *   state.total = await fetchTotal(); // the page sees rows and total change together
   * });
   * ```
   */
  batch<R>(fn: () => R | Promise<R>): Promise<Awaited<R>>;
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
