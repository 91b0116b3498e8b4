/**
 * The `ws` package (installed with `@hono/node-ws`), typed for what the benchmark uses. It ships no types,
 * so it is loaded by a computed specifier and checked at the boundary.
 */
import type { Server } from "node:http";

/** A `ws` WebSocket, on either end. */
export interface WsSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code?: number): void;
  terminate(): void;
  on(event: "open" | "close", listener: () => void): void;
  on(event: "message", listener: (data: { toString(): string }) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
}

/** A `ws` server attached to an HTTP server. */
export interface WsServer {
  readonly clients: Set<WsSocket>;
  on(event: "connection", listener: (socket: WsSocket) => void): void;
  close(): void;
}

/** The constructors the benchmark needs. */
export interface WsModule {
  WebSocket: new (url: string, options?: { perMessageDeflate?: boolean }) => WsSocket;
  WebSocketServer: new (options: { server: Server; path: string; perMessageDeflate?: boolean }) => WsServer;
}

function isWsModule(value: unknown): value is WsModule {
  if (typeof value !== "object" || value === null) return false;
  return typeof Reflect.get(value, "WebSocket") === "function" &&
    typeof Reflect.get(value, "WebSocketServer") === "function";
}

/**
 * Loads `ws`.
 *
 * @example
 * ```ts
 * const { WebSocket } = await loadWs();
 * const socket = new WebSocket("ws://127.0.0.1:5000/ws");
 * ```
 */
export async function loadWs(): Promise<WsModule> {
  const specifier = "ws";
  const module: unknown = await import(specifier);
  const candidate = isWsModule(module) ? module : Reflect.get(module as object, "default");
  if (!isWsModule(candidate)) throw new Error("the ws package does not export WebSocket and WebSocketServer");
  return candidate;
}
