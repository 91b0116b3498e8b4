/**
 * `listenTcp` and `connectTcp` for Node, on `node:net`.
 *
 * @module
 */

import { connect, createServer, type Socket } from "node:net";
import type { ServeOptions } from "./serve_types.ts";
import type { TcpConnection, TcpListener } from "./tcp_types.ts";

/** Yields the socket's chunks as plain Uint8Arrays; an error (ECONNRESET...) ends the stream like a close. */
async function* readChunks(socket: Socket): AsyncGenerator<Uint8Array> {
  try {
    // Without destroyOnReturn: false, a reader that stops early (break) would destroy the whole socket.
    for await (const chunk of socket.iterator({ destroyOnReturn: false })) {
      if (chunk instanceof Uint8Array) yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } catch {
    return;
  }
}

function wrapSocket(socket: Socket): TcpConnection {
  // Without a listener, a socket error would crash the process; the reader sees it as the end instead.
  socket.on("error", () => {});
  return {
    remoteAddress: socket.remoteAddress ?? "",
    readable: readChunks(socket),
    write(data) {
      return new Promise((resolve, reject) => {
        socket.write(data, (error) => (error ? reject(error) : resolve()));
      });
    },
    close() {
      // end() flushes what was written and sends FIN; destroy() then releases the socket even if the peer
      // never closes its side.
      if (!socket.destroyed) socket.end(() => socket.destroy());
    },
  };
}

/**
 * Listens with `net.createServer`.
 *
 * @example
 * ```ts
 * import { listenTcp } from "./tcp_node.ts";
 * const listener = await listenTcp({ port: 0, hostname: "127.0.0.1" }, (connection) => connection.close());
 * await listener.close();
 * ```
 */
export function listenTcp(
  options: ServeOptions,
  onConnection: (connection: TcpConnection) => void,
): Promise<TcpListener> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    onConnection(wrapSocket(socket));
  });
  let closing: Promise<void> | undefined;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: options.port, host: options.hostname }, () => {
      server.off("error", reject);
      const address = server.address();
      const port = address !== null && typeof address === "object" ? address.port : options.port;
      resolve({
        port,
        hostname: options.hostname,
        close() {
          closing ??= new Promise<void>((done) => {
            // server.close() waits for every accepted socket to end, so end them now.
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          });
          return closing;
        },
      });
    });
  });
}

/**
 * Connects with `net.connect`.
 *
 * @example
 * ```ts
 * import { connectTcp } from "./tcp_node.ts";
 * const connection = await connectTcp({ port: 5000, hostname: "127.0.0.1" });
 * connection.close();
 * ```
 */
export function connectTcp(options: ServeOptions): Promise<TcpConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port: options.port, host: options.hostname });
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.off("error", reject);
      resolve(wrapSocket(socket));
    });
  });
}
