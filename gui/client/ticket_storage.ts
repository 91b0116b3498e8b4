import type { ResumeTicket } from "../protocol/messages.ts";

/** The part of the Web Storage API the ticket needs (sessionStorage in a browser). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const TICKET_KEY = "tapir:resume";

/**
 * Keeps the tab's resume ticket in sessionStorage: per tab, kept across reloads, and copied when the
 * browser duplicates a tab (the server then gives the copy a state of its own).
 *
 * @example
 * ```ts
 * const tickets = new TicketStorage(sessionStorage);
 * tickets.save({ stateId: "s1", secret: "k", lastSeq: 3 });
 * tickets.load(); // { stateId: "s1", secret: "k", lastSeq: 3 }
 * ```
 */
export class TicketStorage {
  readonly #storage: KeyValueStorage | undefined;

  /** With no storage (blocked by the browser's privacy settings) tickets live only in memory. */
  constructor(storage: KeyValueStorage | undefined) {
    this.#storage = storage;
  }

  /** The stored ticket, or undefined when there is none or it is unreadable. */
  load(): ResumeTicket | undefined {
    let text: string | null = null;
    try {
      text = this.#storage?.getItem(TICKET_KEY) ?? null;
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      return asTicket(JSON.parse(text));
    } catch {
      return undefined;
    }
  }

  save(ticket: ResumeTicket): void {
    try {
      this.#storage?.setItem(TICKET_KEY, JSON.stringify(ticket));
    } catch {
      // A full or disabled storage only costs the ability to resume after a reload.
    }
  }

  clear(): void {
    try {
      this.#storage?.removeItem(TICKET_KEY);
    } catch {
      // Nothing to clear.
    }
  }
}

function asTicket(value: unknown): ResumeTicket | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { stateId, secret, lastSeq } = value as Record<string, unknown>;
  if (typeof stateId !== "string" || typeof secret !== "string" || typeof lastSeq !== "number") {
    return undefined;
  }
  return { stateId, secret, lastSeq };
}
