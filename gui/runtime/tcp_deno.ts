/**
 * `listenTcp` and `connectTcp` for Deno, on `Deno.listen` and `Deno.connect`.
 *
 * @module
 */

import { type DenoConn, denoNamespace } from "./deno_namespace.ts";
import type { ServeOptions } from "./serve_types.ts";
import type { TcpConnection, TcpListener } from "./tcp_types.ts";

const encoder = new TextEncoder();

/** Yields the connection's chunks; an error (reset, closed resource) ends the stream like a close. */
async function* readChunks(conn: DenoConn): AsyncGenerator<Uint8Array> {
  const reader = conn.readable.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } catch {
    return;
  } finally {
    reader.releaseLock();
  }
}

function wrapConnection(conn: DenoConn, onClose: () => void): TcpConnection {
  let closed = false;
  return {
    remoteAddress: conn.remoteAddr.hostname,
    readable: readChunks(conn),
    async write(data) {
      let bytes = typeof data === "string" ? encoder.encode(data) : data;
      // Deno's write() may take only part of the buffer.
      while (bytes.byteLength > 0) bytes = bytes.subarray(await conn.write(bytes));
    },
    close() {
      if (closed) return;
      closed = true;
      onClose();
      try {
        conn.close();
      } catch {
        // Already closed by the peer or by the runtime: nothing left to release.
      }
    },
  };
}

/**
 * Listens with `Deno.listen`.
 *
 * @example
 * ```ts
 * import { listenTcp } from "./tcp_deno.ts";
 * const listener = await listenTcp({ port: 0, hostname: "127.0.0.1" }, (connection) => connection.close());
 * await listener.close();
 * ```
 */
export function listenTcp(
  options: ServeOptions,
  onConnection: (connection: TcpConnection) => void,
): Promise<TcpListener> {
  const listener = denoNamespace().listen({
    port: options.port,
    hostname: options.hostname,
    transport: "tcp",
  });
  const connections = new Set<TcpConnection>();
  let stopped = false;
  const accepting = (async () => {
    while (!stopped) {
      let conn: DenoConn;
      try {
        conn = await listener.accept();
      } catch {
        return; // the listener was closed
      }
      const connection = wrapConnection(conn, () => connections.delete(connection));
      connections.add(connection);
      onConnection(connection);
    }
  })();
  return Promise.resolve({
    port: listener.addr.port,
    hostname: options.hostname,
    async close() {
      if (!stopped) {
        stopped = true;
        listener.close();
        for (const connection of connections) connection.close();
      }
      await accepting;
    },
  });
}

/**
 * Connects with `Deno.connect`.
 *
 * @example
 * ```ts
 * import { connectTcp } from "./tcp_deno.ts";
 * const connection = await connectTcp({ port: 5000, hostname: "127.0.0.1" });
 * connection.close();
 * ```
 */
export async function connectTcp(options: ServeOptions): Promise<TcpConnection> {
  const conn = await denoNamespace().connect({
    port: options.port,
    hostname: options.hostname,
    transport: "tcp",
  });
  return wrapConnection(conn, () => {});
}
