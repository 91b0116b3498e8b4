/**
 * A scripted tab for server tests, on the testing API's TestClient (gui/testing/test_client.ts), in the
 * shape older tests use: it does not follow the server's `go` messages, so tests see and answer them.
 */
import type { ResumeTicket, ServerMessage, ValueMap, WelcomeMessage } from "../../gui/protocol/messages.ts";
import { TestClient as ScriptedClient } from "../../gui/testing.ts";

export interface TestClient {
  /** The testing API's client underneath. */
  client: ScriptedClient;
  welcome: WelcomeMessage;
  /** Every value received so far, as the browser's store would hold them. */
  values: ValueMap;
  /** Every message after the welcome, in order. */
  readonly received: readonly ServerMessage[];
  send(message: unknown): void;
  /** Resolves with the next message that satisfies `match` (checking those already received first). */
  waitFor(match: (message: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  page?: string;
  resume?: ResumeTicket;
  instance?: string;
  /** How long to wait for the welcome before failing, in ms (the testing API's default otherwise). */
  welcomeTimeoutMs?: number;
}

export async function connectClient(baseUrl: string, options: ConnectOptions = {}): Promise<TestClient> {
  const client = await ScriptedClient.connect(baseUrl, options.page ?? "/", {
    followNavigation: false,
    ...(options.resume === undefined ? {} : { resume: options.resume }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.welcomeTimeoutMs === undefined ? {} : { welcomeTimeoutMs: options.welcomeTimeoutMs }),
  });
  return {
    client,
    welcome: client.welcome,
    values: client.values,
    get received() {
      return client.messages;
    },
    send: (message) => client.send(message),
    waitFor: (match, timeoutMs) => client.waitFor(match, timeoutMs),
    close: () => client.close(),
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
