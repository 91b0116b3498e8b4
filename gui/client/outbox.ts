import type { ActionMessage, UpdateMessage } from "../protocol/messages.ts";

/** A message the tab sends once it has a state: a value change or an action. */
export type OutgoingMessage = UpdateMessage | ActionMessage;

/**
 * Messages the user produced while the tab had no live connection, in order. Only the latest value per
 * key is kept, but never moved across an action: an action sees the values the user set before it.
 *
 * @example
 * ```ts
 * const outbox = new Outbox();
 * outbox.push({ type: "update", key: "x", value: 1 });
 * outbox.push({ type: "update", key: "x", value: 2 });
 * outbox.drain(); // [{ type: "update", key: "x", value: 2 }]
 * ```
 */
export class Outbox {
  #messages: OutgoingMessage[] = [];

  /** Number of messages waiting. */
  get size(): number {
    return this.#messages.length;
  }

  /** Queues a message, replacing an earlier update of the same key made since the last action. */
  push(message: OutgoingMessage): void {
    if (message.type === "update") {
      for (let i = this.#messages.length - 1; i >= 0; i--) {
        const queued = this.#messages[i];
        if (queued === undefined || queued.type === "action") break;
        if (queued.key === message.key) {
          this.#messages.splice(i, 1);
          break;
        }
      }
    }
    this.#messages.push(message);
  }

  /** Returns every queued message, oldest first, and empties the box. */
  drain(): OutgoingMessage[] {
    const messages = this.#messages;
    this.#messages = [];
    return messages;
  }
}
