/**
 * Plain TCP sockets on whichever runtime is running: a listener and a client connection.
 *
 * Like `serve.ts`, it loads only the current runtime's adapter (`tcp_deno.ts` or `tcp_node.ts`).
 *
 * @module
 */

import { runtimeName } from "./detect.ts";
import type { ServeOptions } from "./serve_types.ts";
import type { TcpConnection, TcpListener } from "./tcp_types.ts";

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
