/**
 * Runs the app's code for one client so that a throwing or rejecting callback never reaches the server's
 * loop: the Gui's onException runs (or the error is logged), the client gets an error message, and what the
 * callback assigned before it threw stays assigned.
 */
import type { State } from "../state/state_type.ts";
import type { GuiCallbacks } from "./gui_context.ts";

export interface CallbackFailureSink {
  /** Tells the client that something failed, without details that belong in the server log. */
  notifyFailure(functionName: string): void;
}

export class CallbackRunner<S extends object> {
  readonly #callbacks: GuiCallbacks<S>;

  constructor(callbacks: GuiCallbacks<S>) {
    this.#callbacks = callbacks;
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
      return await call();
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

function logNested(functionName: string, error: unknown): void {
  console.error(`Tapir: onException itself failed while handling "${functionName}":`, error);
}
