/**
 * Runs the app's code for one client so that a throwing or rejecting callback never reaches the server's
 * loop: the Gui's onException runs (or the error is logged), the client gets an error message, and what the
 * callback assigned before it threw stays assigned. With `limits.callbackTimeoutMs`, a callback that takes
 * longer is given up on (as if it had failed with a CallbackTimeoutError), so its tab is not frozen by it.
 */
import type { State } from "../state/state_type.ts";
import { CallbackTimeoutError } from "./callback_timeout_error.ts";
import type { GuiCallbacks } from "./gui_callbacks.ts";
import type { ServerLimits } from "./server_limits.ts";

export interface CallbackFailureSink {
  /** Tells the client that something failed, without details that belong in the server log. */
  notifyFailure(functionName: string): void;
}

export class CallbackRunner<S extends object> {
  readonly #callbacks: GuiCallbacks<S>;
  readonly #timeoutMs: number | undefined;

  constructor(
    callbacks: GuiCallbacks<S>,
    limits: Pick<ServerLimits, "callbackTimeoutMs"> = { callbackTimeoutMs: undefined },
  ) {
    this.#callbacks = callbacks;
    this.#timeoutMs = limits.callbackTimeoutMs;
  }

  /**
   * Calls `fn(state, ...args)`. Resolves with its result; rejects only when `rethrow` is set (for
   * invokeCallback, whose caller awaits the result), after onException has run.
   */
  async run<R>(
    state: State<S>,
    sink: CallbackFailureSink,
    functionName: string,
    call: () => R | Promise<R>,
    rethrow = false,
  ): Promise<R | undefined> {
    try {
      const result = call();
      return this.#timeoutMs === undefined || !(result instanceof Promise)
        ? await result
        : await withTimeout(result, functionName, this.#timeoutMs);
    } catch (error) {
      this.#report(state, sink, functionName, error);
      if (rethrow) throw error;
      return undefined;
    }
  }

  #report(state: State<S>, sink: CallbackFailureSink, functionName: string, error: unknown): void {
    sink.notifyFailure(functionName);
    const onException = this.#callbacks.onException;
    if (onException === undefined) {
      console.error(`Tapir: callback "${functionName}" failed:`, error);
      return;
    }
    try {
      const result = onException(state, functionName, error);
      if (result instanceof Promise) result.catch((nested) => logNested(functionName, nested));
    } catch (nested) {
      logNested(functionName, nested);
    }
  }
}

/** `promise`, or a CallbackTimeoutError after `timeoutMs`; a late failure of the callback is logged. */
function withTimeout<R>(promise: Promise<R>, functionName: string, timeoutMs: number): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new CallbackTimeoutError(functionName, timeoutMs));
    }, timeoutMs);
  });
  const settled = promise.finally(() => clearTimeout(timer));
  // Past the timeout nobody awaits the callback any more: its failure must still not go unhandled.
  settled.catch((error) => {
    if (timedOut) console.error(`Tapir: callback "${functionName}" failed after its timeout:`, error);
  });
  return Promise.race([settled, timeout]);
}

function logNested(functionName: string, error: unknown): void {
  console.error(`Tapir: onException itself failed while handling "${functionName}":`, error);
}
