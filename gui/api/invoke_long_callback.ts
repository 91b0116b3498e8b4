/**
 * Taipy's `invoke_long_callback`: work that takes a while, run off the client's path, with progress reported
 * to the client's state while it runs and once when it ends.
 */
import type { State } from "../state/state_type.ts";
import { stateInvoker } from "../state/state_invokers.ts";

/**
 * Called with the client's state while the work runs (`status` = how many periods have elapsed) and once at
 * its end (`status` = true on success, false on failure), then `statusArgs`, then the work's result (at the
 * end of a success; undefined otherwise).
 *
 * @example
 * ```ts
 * const report: LongCallbackStatus<AppState, [string], number> = (state, status, label, rows) => {
 *   state.message = typeof status === "number" ? `${label}: ${status} s` : status ? `${rows} rows` : "failed";
 * };
 * ```
 */
export type LongCallbackStatus<S extends object, SA extends unknown[], R> = (
  state: State<S>,
  status: number | boolean,
  ...rest: [...SA, Awaited<R> | undefined]
) => unknown;

/**
 * The optional parameters of `invokeLongCallback`, as an options object.
 *
 * @example
 * ```ts
 * invokeLongCallback(state, importRows, [file], { statusFn: report, statusArgs: ["importing"], period: 1000 });
 * ```
 */
export interface LongCallbackOptions<S extends object, SA extends unknown[], R> {
  /** Receives the progress and the end; see `LongCallbackStatus`. */
  statusFn?: LongCallbackStatus<S, SA, R>;
  /** Passed to `statusFn` after the status. */
  statusArgs?: SA;
  /** Milliseconds between progress calls; 0 or none: `statusFn` runs only at the end. */
  period?: number;
}

/**
 * Runs `fn(...args)` in the background, off the path of the callback that starts it: `fn` does not receive
 * the state (it may be async; CPU-heavy work belongs in a Worker, see `Gui.connectWorker`). `statusFn` runs
 * for the client every `period` ms with the number of periods elapsed, then once with true and fn's result,
 * or with false when fn threw (after the Gui's onException ran and the client was told). Status calls never
 * overlap and keep their order. The returned promise settles when everything has run; there is no need to
 * await it, and it never rejects.
 *
 * The optional parameters can be given as Taipy orders them, or as an options object.
 *
 * @example
 * ```ts
 * function train(state: State<AppState>) {
 *   invokeLongCallback(state, fitModel, [state.dataset], (state, status, model?: Model) => {
 *     if (typeof status === "number") state.progress = `working (${status} s)`;
 *     else state.progress = status ? `done: ${model?.score}` : "failed";
 *   }, [], 1000);
 * }
 * ```
 */
export function invokeLongCallback<S extends object, A extends unknown[], R, SA extends unknown[] = []>(
  state: State<S>,
  fn: (...args: A) => R,
  args: A,
  statusFn?: LongCallbackStatus<S, SA, R>,
  statusArgs?: SA,
  period?: number,
): Promise<void>;
export function invokeLongCallback<S extends object, A extends unknown[], R, SA extends unknown[] = []>(
  state: State<S>,
  fn: (...args: A) => R,
  args: A,
  options: LongCallbackOptions<S, SA, R>,
): Promise<void>;
export function invokeLongCallback<S extends object, A extends unknown[], R, SA extends unknown[]>(
  state: State<S>,
  fn: (...args: A) => R,
  args: A,
  statusOrOptions?: LongCallbackStatus<S, SA, R> | LongCallbackOptions<S, SA, R>,
  statusArgs?: SA,
  period?: number,
): Promise<void> {
  const options: LongCallbackOptions<S, SA, R> = typeof statusOrOptions === "object"
    ? statusOrOptions
    : {
      ...(statusOrOptions === undefined ? {} : { statusFn: statusOrOptions }),
      ...(statusArgs === undefined ? {} : { statusArgs }),
      ...(period === undefined ? {} : { period }),
    };
  return runLongCallback(state, fn, args, options);
}

async function runLongCallback<S extends object, A extends unknown[], R, SA extends unknown[]>(
  state: State<S>,
  fn: (...args: A) => R,
  args: A,
  options: LongCallbackOptions<S, SA, R>,
): Promise<void> {
  // Throws now, in the caller, for something that is not a State.
  const invoke = stateInvoker(state);
  const { statusFn } = options;
  const statusArgs = options.statusArgs ?? ([] as unknown[] as SA);
  let reports: Promise<unknown> = Promise.resolve();
  const report = (status: number | boolean, result: Awaited<R> | undefined): void => {
    if (statusFn === undefined) return;
    const name = statusFn.name || "statusFn";
    const rest = [...statusArgs, result] as [...SA, Awaited<R> | undefined];
    reports = reports.then(() => invoke(name, (target) => statusFn(target as State<S>, status, ...rest)));
  };
  let periods = 0;
  const period = options.period ?? 0;
  const timer = period > 0 ? setInterval(() => report(++periods, undefined), period) : undefined;
  // The work starts after the current task, so the callback that started it finishes (and flushes) first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const result = await fn(...args);
    clearInterval(timer);
    report(true, result);
  } catch (error) {
    clearInterval(timer);
    // Reported as a callback of this client that threw: onException runs and the client is told.
    await invoke(fn.name || "invokeLongCallback", () => {
      throw error;
    });
    report(false, undefined);
  }
  await reports;
}
