/**
 * A TCP connection and listener as every runtime's adapter gives them. Shared by `tcp.ts` and the
 * adapters it loads (`tcp_deno.ts`, `tcp_node.ts`): a file of their own so that an adapter never imports
 * the module that loads it.
 *
 * @module
 */

/**
 * One open TCP connection, either accepted by a listener or made with `connectTcp`.
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
