/**
 * Every live tab's session, by state id. Creates sessions with unguessable ids and secrets, hands a session
 * back only to the tab that holds its secret, and frees it (with its uploads and download links) once its
 * tab has been gone longer than the retention time. Keeps the server within `maxStates` and
 * `maxUploadBytesHeld` (see server_limits.ts).
 */
import { downloadRegistry } from "../files/download_registry.ts";
import type { HelloMessage } from "../protocol/messages.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import { registerStateInvoker } from "../state/state_invokers.ts";
import { ResourceLimitError } from "./resource_limit_error.ts";
import { TabControls } from "./tab_controls.ts";

export class SessionRegistry<S extends object> {
  /** Retained sessions in the order their tabs left (see scheduleExpiry): the order eviction takes. */
  readonly #sessions = new Map<string, ClientSession<S>>();
  readonly #context: GuiContext<S>;
  readonly #runner: CallbackRunner<S>;
  /** State id -> element key -> bytes of the upload the element's variable holds. */
  readonly #uploads = new Map<string, Map<string, number>>();
  #uploadBytes = 0;

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

  /** Bytes of uploads the sessions hold now. */
  get uploadBytesHeld(): number {
    return this.#uploadBytes;
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

  /**
   * A new session. At `maxStates`, the oldest retained session whose tab is gone makes room (it was kept
   * only for a resume); throws a ResourceLimitError when every session has a connected tab.
   */
  create(): ClientSession<S> {
    const { maxStates } = this.#context.limits;
    if (this.#sessions.size >= maxStates && !this.#evictOneRetained()) {
      throw new ResourceLimitError(
        "maxStates",
        `the server holds its limit of ${maxStates} client states (limits.maxStates): try again later`,
      );
    }
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

  /**
   * Records that `session`'s element `key` now holds an upload of `bytes` (replacing what it held), or
   * throws a ResourceLimitError when that would take all sessions past `maxUploadBytesHeld`.
   */
  holdUpload(session: ClientSession<S>, key: string, bytes: number): void {
    const held = this.#uploads.get(session.id) ?? new Map<string, number>();
    const total = this.#uploadBytes - (held.get(key) ?? 0) + bytes;
    const { maxUploadBytesHeld } = this.#context.limits;
    if (total > maxUploadBytesHeld) {
      throw new ResourceLimitError(
        "maxUploadBytesHeld",
        `the server holds its limit of ${maxUploadBytesHeld} bytes of uploads (limits.maxUploadBytesHeld): ` +
          "try again later",
      );
    }
    held.set(key, bytes);
    this.#uploads.set(session.id, held);
    this.#uploadBytes = total;
  }

  /** Starts the retention clock of a session whose tab disconnected. */
  scheduleExpiry(session: ClientSession<S>): void {
    this.cancelExpiry(session);
    session.expiryTimer = setTimeout(() => this.remove(session.id), this.#context.stateRetentionMs);
    // Moved to the end: the first retained session in the map is the one whose tab left first.
    this.#sessions.delete(session.id);
    this.#sessions.set(session.id, session);
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
    // Download links die with the state at once, not whenever the collector gets to it.
    downloadRegistry.releaseOwner(session);
    downloadRegistry.releaseOwner(session.downloadOwner);
    for (const bytes of this.#uploads.get(stateId)?.values() ?? []) this.#uploadBytes -= bytes;
    this.#uploads.delete(stateId);
  }

  clear(): void {
    for (const id of this.ids()) this.remove(id);
  }

  /**
   * Frees the retained session whose tab left first; false when there is none. A session between its
   * hello and its welcome is not connected yet but has no expiry either: it is never taken.
   */
  #evictOneRetained(): boolean {
    for (const session of this.#sessions.values()) {
      if (session.connected || session.expiryTimer === undefined) continue;
      this.remove(session.id);
      return true;
    }
    return false;
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
