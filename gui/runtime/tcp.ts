/**
 * Plain TCP sockets on whichever runtime is running: a listener and a client connection.
 *
 * Like `serve.ts`, it loads only the current runtime's adapter (`tcp_deno.ts` or `tcp_node.ts`).
 *
 * @module
 */

import { runtimeName } from "./detect.ts";
import type { ServeOptions } from "./serve.ts";

/**
 * One open TCP connection, either accepted by a listener or made with {@link connectTcp}.
 *
 * @example
 * ```ts
 * import { connectTcp } from "tapir";
 *
 * const connection = await connectTcp({ hostname: "127.0.0.1", port: 5050 });
 * await connection.write("42\n");
 * connection.close();
 * ```
 */
export interface TcpConnection {
  /** The peer's IP address. */
  readonly remoteAddress: string;
  /**
   * The bytes the peer sends, chunk by chunk, until it closes the connection. Read it once. A reset or
   * other error ends the iteration quietly, as a close would.
   */
  readonly readable: AsyncIterable<Uint8Array>;
  /** Sends bytes (strings are UTF-8 encoded); resolves once they are handed to the operating system. */
  write(data: Uint8Array | string): Promise<void>;
  /** Closes the connection after what was written is sent. Calling it twice is harmless. */
  close(): void;
}

/**
 * A TCP server that is accepting connections.
 *
 * @example
 * ```ts
 * import { listenTcp } from "tapir";
 *
 * const listener = await listenTcp({ hostname: "127.0.0.1", port: 0 }, async (connection) => {
 *   for await (const chunk of connection.readable) console.log(chunk.length, "bytes");
 * });
 * console.log("listening on", listener.port);
 * await listener.close();
 * ```
 */
export interface TcpListener {
  /** The port actually bound (never 0). */
  readonly port: number;
  /** The hostname the listener was asked to bind. */
  readonly hostname: string;
  /** Stops accepting, closes the connections it accepted, and resolves when the port is free. */
  close(): Promise<void>;
}

/**
 * Listens for TCP connections and hands each to `onConnection`.
 *
 * @example
 * ```ts
 * import { listenTcp } from "tapir";
 * const listener = await listenTcp({ port: 0, hostname: "127.0.0.1" }, async (connection) => {
 *   for await (const chunk of connection.readable) await connection.write(chunk); // echo
 *   connection.close();
 * });
 * await listener.close();
 * ```
 */
export async function listenTcp(
  options: ServeOptions,
  onConnection: (connection: TcpConnection) => void,
): Promise<TcpListener> {
  const adapter = runtimeName === "deno" ? await import("./tcp_deno.ts") : await import("./tcp_node.ts");
  return adapter.listenTcp(options, onConnection);
}

/**
 * Opens a TCP connection to `hostname:port`.
 *
 * @example
 * ```ts
 * import { connectTcp } from "tapir";
 * const connection = await connectTcp({ port: 5000, hostname: "127.0.0.1" });
 * await connection.write("hello\n");
 * connection.close();
 * ```
 */
export async function connectTcp(options: ServeOptions): Promise<TcpConnection> {
  const adapter = runtimeName === "deno" ? await import("./tcp_deno.ts") : await import("./tcp_node.ts");
  return adapter.connectTcp(options);
}
