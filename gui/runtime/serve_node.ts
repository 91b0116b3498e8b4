/**
 * `serveApp` for Node: `@hono/node-server` plus `@hono/node-ws`.
 *
 * @module
 */

import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createNodeWebSocket } from "@hono/node-ws";
import { defineWebSocketHelper } from "hono/ws";
import type { AddressInfo } from "node:net";
import type { AppBuilder, RunningServer, ServeOptions } from "./serve_types.ts";

/** What closing needs from a `ws` client (the `ws` package ships no types). */
interface TerminableSocket {
  terminate(): void;
}

type NodeServer = ReturnType<typeof serve>;

/** Starts listening and resolves once the port is bound, or rejects (e.g. the port is taken). */
function listen(server: NodeServer): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => {
      server.off("error", reject);
      const address = server.address();
      if (address === null || typeof address === "string") {
        reject(new Error("The server is not listening on a TCP port"));
      } else {
        resolve(address);
      }
    });
  });
}

/**
 * Serves the app built by `build` with `@hono/node-server`.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { serveApp } from "./serve_node.ts";
 * const server = await serveApp(() => new Hono(), { port: 0, hostname: "127.0.0.1" });
 * await server.close();
 * ```
 */
export async function serveApp(build: AppBuilder, options: ServeOptions): Promise<RunningServer> {
  // createNodeWebSocket() wants the finished app (it routes upgrade requests through it), yet the app is
  // built with the upgrade helper. So `build` gets a helper that defers to the real one, made right after:
  // requests, and so calls to it, only come once the server listens.
  const upgradeWebSocket = defineWebSocketHelper((c, events) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") return;
    return nodeWebSocket.upgradeWebSocket(c, events);
  });
  const app = build(upgradeWebSocket, (c) => getConnInfo(c).remote.address);
  const nodeWebSocket = createNodeWebSocket({ app });
  const server = serve({
    fetch: app.fetch,
    port: options.port,
    hostname: options.hostname,
    // By default the adapter swaps the process's global Request and Response for faster look-alikes; a
    // library must not change globals under the application that uses it.
    overrideGlobalObjects: false,
  });
  nodeWebSocket.injectWebSocket(server);
  const address = await listen(server);
  const clients: Set<TerminableSocket> = nodeWebSocket.wss.clients;
  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    hostname: options.hostname,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        // Upgraded sockets no longer belong to the HTTP server, so close() would not end them.
        for (const client of clients) client.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would otherwise hold close() open for seconds.
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      return closing;
    },
  };
}
