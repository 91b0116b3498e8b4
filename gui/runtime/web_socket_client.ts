/**
 * A WebSocket client on every runtime, for the testing API (`tapir/testing`) and the project's tests.
 *
 * Deno and Node 22 have a global `WebSocket`; Node 20 does not, so there the `ws` package (installed with
 * `@hono/node-ws`) stands in. It is loaded by a computed specifier because it ships no types.
 *
 * @module
 */

/** The part of the WHATWG WebSocket that clients use (the `ws` package implements it too). */
export interface ClientWebSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open" | "message" | "close" | "error", listener: (event: Event) => void): void;
}

type ClientWebSocketConstructor = new (url: string) => ClientWebSocket;

function isConstructor(value: unknown): value is ClientWebSocketConstructor {
  return typeof value === "function";
}

async function webSocketClass(): Promise<ClientWebSocketConstructor> {
  const global: unknown = Reflect.get(globalThis, "WebSocket");
  if (isConstructor(global)) return global;
  const specifier = "ws";
  const module: unknown = await import(specifier);
  const fallback: unknown = typeof module === "object" && module !== null
    ? Reflect.get(module, "WebSocket")
    : undefined;
  if (!isConstructor(fallback)) {
    throw new Error("No WebSocket client: neither a global WebSocket nor the ws package");
  }
  return fallback;
}

/** An open connection that queues what it receives, so no message is missed between reads. */
export interface QueuedWebSocket {
  readonly socket: ClientWebSocket;
  /** Resolves with the next text message (queued ones first). */
  nextMessage(): Promise<string>;
  /** Resolves with the close code once the socket is closed. */
  readonly closed: Promise<number>;
}

/**
 * Opens a WebSocket and resolves once it is open; rejects if it fails or closes first.
 *
 * @example
 * ```ts
 * const connection = await openWebSocket("ws://127.0.0.1:5000/_tapir/ws");
 * connection.socket.send(JSON.stringify({ type: "hello", page: "/" }));
 * console.log(await connection.nextMessage());
 * ```
 */
export async function openWebSocket(url: string): Promise<QueuedWebSocket> {
  const WebSocketClass = await webSocketClass();
  const socket = new WebSocketClass(url);
  const messages: string[] = [];
  const waiting: ((message: string) => void)[] = [];
  socket.addEventListener("message", (event) => {
    const message = String(Reflect.get(event, "data"));
    const waiter = waiting.shift();
    if (waiter === undefined) messages.push(message);
    else waiter(message);
  });
  const closed = new Promise<number>((resolve) => {
    socket.addEventListener("close", (event) => resolve(Number(Reflect.get(event, "code"))));
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve());
    socket.addEventListener("error", () => reject(new Error(`WebSocket to ${url} failed`)));
    void closed.then(() => reject(new Error(`WebSocket to ${url} closed before opening`)));
  });
  return {
    socket,
    closed,
    nextMessage() {
      const queued = messages.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
