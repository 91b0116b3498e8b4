/**
 * The error onException receives when a callback ran longer than `limits.callbackTimeoutMs`: the tab
 * stopped waiting for it (the callback itself may still be running).
 */

/**
 * A callback passed its time limit.
 *
 * @example
 * ```ts
 * new Gui({
 *   page, state,
 *   limits: { callbackTimeoutMs: 30_000 },
 *   onException: (state, name, error) => {
 *     if (error instanceof CallbackTimeoutError) console.warn(`${error.functionName} is slow`);
 *   },
 * });
 * ```
 */
export class CallbackTimeoutError extends Error {
  override name = "CallbackTimeoutError";
  /** The callback, as onException's functionName names it. */
  readonly functionName: string;
  /** The limit it passed, in ms. */
  readonly timeoutMs: number;

  constructor(functionName: string, timeoutMs: number) {
    super(
      `callback "${functionName}" did not finish within ${timeoutMs} ms (limits.callbackTimeoutMs); ` +
        "its tab went on without it",
    );
    this.functionName = functionName;
    this.timeoutMs = timeoutMs;
  }
}
