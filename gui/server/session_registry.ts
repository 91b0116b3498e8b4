/**
 * Every live tab's session, by state id. Creates sessions with unguessable ids and secrets, hands a session
 * back only to the tab that holds its secret, and frees it once its tab has been gone longer than the
 * retention time.
 */
import type { HelloMessage } from "../protocol/messages.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import { registerStateInvoker } from "../state/state_invokers.ts";
import { TabControls } from "./tab_controls.ts";

export class SessionRegistry<S extends object> {
  readonly #sessions = new Map<string, ClientSession<S>>();
  readonly #context: GuiContext<S>;
  readonly #runner: CallbackRunner<S>;

  constructor(context: GuiContext<S>, runner: CallbackRunner<S>) {
    this.#context = context;
    this.#runner = runner;
  }

  get(stateId: string): ClientSession<S> | undefined {
    return this.#sessions.get(stateId);
  }

  /** Ids of every session, connected or waiting for its tab within the retention time. */
  ids(): string[] {
    return [...this.#sessions.keys()];
  }

  sessions(): IterableIterator<ClientSession<S>> {
    return this.#sessions.values();
  }

  get size(): number {
    return this.#sessions.size;
  }

  /**
   * The session a hello may take back, or undefined when it must get a new one: no ticket, an unknown
   * id, a wrong secret, or a session still held by another page load (a duplicated tab).
   */
  findResumable(hello: HelloMessage): ClientSession<S> | undefined {
    const ticket = hello.resume;
    if (ticket === undefined) return undefined;
    const session = this.#sessions.get(ticket.stateId);
    if (session === undefined || !constantTimeEqual(session.secret, ticket.secret)) return undefined;
    if (session.connected && session.instance !== hello.instance) return undefined;
    return session;
  }

  create(): ClientSession<S> {
    const session = new ClientSession<S>(randomToken(16), randomToken(32), this.#context, this.#runner);
    this.#sessions.set(session.id, session);
    this.#context.router.adopt(session);
    TabControls.adopt(session, this.#runner, this.#context.functions);
    const proxy = session.state.proxy;
    registerStateInvoker(proxy, async (functionName, call) => {
      if (this.#sessions.get(session.id) !== session) return undefined;
      return await this.#runner.run(proxy, session, functionName, () => call(proxy));
    });
    return session;
  }

  /** Starts the retention clock of a session whose tab disconnected. */
  scheduleExpiry(session: ClientSession<S>): void {
    this.cancelExpiry(session);
    session.expiryTimer = setTimeout(() => this.remove(session.id), this.#context.stateRetentionMs);
  }

  cancelExpiry(session: ClientSession<S>): void {
    if (session.expiryTimer !== undefined) clearTimeout(session.expiryTimer);
    session.expiryTimer = undefined;
  }

  remove(stateId: string): void {
    const session = this.#sessions.get(stateId);
    if (session === undefined) return;
    this.cancelExpiry(session);
    session.outbox.detach();
    session.state.dispose();
    this.#sessions.delete(stateId);
  }

  clear(): void {
    for (const id of this.ids()) this.remove(id);
  }
}

function randomToken(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let text = "";
  for (const byte of data) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Compares secrets without an early exit, so timing does not reveal how much of a guess was right. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) {
    difference |= a.charCodeAt(index) ^ (b.charCodeAt(index % Math.max(1, b.length)) || 0);
  }
  return difference === 0;
}
