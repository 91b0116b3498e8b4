/**
 * A scripted tab for server tests: speaks the wire protocol over a real WebSocket to a running Gui, and
 * keeps every message it received so tests can assert on them.
 */
import type { ServerMessage, ValueMap, WelcomeMessage } from "../../gui/protocol/messages.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { openWebSocket, type TestWebSocket } from "../runtime/web_socket_client.ts";

export interface TestClient {
  socket: TestWebSocket;
  welcome: WelcomeMessage;
  /** Every value received so far, merged, as the browser's store would hold them. */
  values: ValueMap;
  /** Every message after the welcome, in order. */
  received: ServerMessage[];
  send(message: unknown): void;
  /** Resolves with the next message that satisfies `match` (checking those already received first). */
  waitFor(match: (message: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  page?: string;
  resume?: { stateId: string; secret: string; lastSeq: number };
  instance?: string;
}

export async function connectClient(baseUrl: string, options: ConnectOptions = {}): Promise<TestClient> {
  const socket = await openWebSocket(baseUrl.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH);
  socket.socket.send(JSON.stringify({
    type: "hello",
    page: options.page ?? "/",
    instance: options.instance ?? crypto.randomUUID(),
    ...(options.resume === undefined ? {} : { resume: options.resume }),
  }));
  const first = JSON.parse(await socket.nextMessage()) as ServerMessage;
  if (first.type !== "welcome") throw new Error(`expected a welcome, got ${JSON.stringify(first)}`);
  const values: ValueMap = { ...first.values };
  const received: ServerMessage[] = [];
  const listeners = new Set<() => void>();
  let closed = false;
  void (async () => {
    while (!closed) {
      const raw = await Promise.race([socket.nextMessage(), socket.closed.then(() => undefined)]);
      if (raw === undefined) break;
      const message = JSON.parse(raw) as ServerMessage;
      if (message.type === "patch") Object.assign(values, message.values);
      received.push(message);
      for (const listener of listeners) listener();
    }
  })();
  return {
    socket,
    welcome: first,
    values,
    received,
    send: (message) => socket.socket.send(JSON.stringify(message)),
    waitFor(match, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        let checked = 0;
        const check = () => {
          for (; checked < received.length; checked++) {
            const message = received[checked];
            if (message !== undefined && match(message)) {
              listeners.delete(check);
              clearTimeout(timer);
              resolve(message);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(received)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async close() {
      closed = true;
      socket.socket.close();
      await socket.closed;
    },
  };
}

/** Waits until `condition` holds, polling; fails with `what` after the timeout. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
