/** The messages a scripted tab received, with ways to wait for one, or for silence. */
import type { ServerMessage } from "../protocol/messages.ts";

/**
 * Messages in arrival order, and the waits on them.
 *
 * @example
 * ```ts
 * const log = new MessageLog();
 * const patch = log.waitFor((message) => message.type === "patch");
 * log.add({ type: "patch", seq: 1, values: {} });
 * await patch;
 * ```
 */
export class MessageLog {
  readonly messages: ServerMessage[] = [];
  #lastArrival = Date.now();
  readonly #listeners = new Set<() => void>();

  add(message: ServerMessage): void {
    this.messages.push(message);
    this.#lastArrival = Date.now();
    for (const listener of [...this.#listeners]) listener();
  }

  /** The first message, received or to come, that satisfies `match`; rejects after `timeoutMs`. */
  waitFor(match: (message: ServerMessage) => boolean, timeoutMs: number): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      let checked = 0;
      const check = () => {
        for (; checked < this.messages.length; checked++) {
          const message = this.messages[checked];
          if (message === undefined || !match(message)) continue;
          this.#listeners.delete(check);
          clearTimeout(timer);
          resolve(message);
          return;
        }
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(check);
        const received = JSON.stringify(this.messages).slice(0, 2000);
        reject(new Error(`no matching message within ${timeoutMs} ms; received ${received}`));
      }, timeoutMs);
      this.#listeners.add(check);
      check();
    });
  }

  /** Resolves once nothing has arrived for `quietMs`; rejects if that never happens within `timeoutMs`. */
  async quiet(quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // The quiet period starts now at the earliest: what was just sent may not have been answered yet.
    const start = Date.now();
    for (;;) {
      const since = Math.max(this.#lastArrival, start);
      const left = since + quietMs - Date.now();
      if (left <= 0) return;
      if (Date.now() + left > deadline) {
        throw new Error(`messages kept arriving for ${timeoutMs} ms (${this.messages.length} received)`);
      }
      await new Promise((resolve) => setTimeout(resolve, left));
    }
  }
}
