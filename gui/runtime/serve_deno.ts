/**
 * `serveApp` for Deno: `Deno.serve` plus Hono's Deno WebSocket helper.
 *
 * @module
 */

import { upgradeWebSocket as denoUpgradeWebSocket } from "hono/deno";
import { getConnInfo } from "hono/deno";
import { defineWebSocketHelper, type WSContext, type WSEvents } from "hono/ws";
import { denoNamespace } from "./deno_namespace.ts";
import type { AppBuilder, RunningServer, ServeOptions } from "./serve_types.ts";

/** Wraps the events of one socket so that the server knows which sockets are open. */
function trackEvents<T>(events: WSEvents<T>, open: Set<WSContext<T>>): WSEvents<T> {
  return {
    ...events,
    onOpen(event, ws) {
      open.add(ws);
      events.onOpen?.(event, ws);
    },
    onClose(event, ws) {
      open.delete(ws);
      events.onClose?.(event, ws);
      // Deno keeps a socket that lost its connection without a close frame alive: drop its handlers, and
      // with them everything the app's events hold.
      const raw: unknown = ws.raw;
      if (raw instanceof WebSocket) {
        raw.onopen = null;
        raw.onmessage = null;
        raw.onclose = null;
        raw.onerror = null;
      }
    },
  };
}

/**
 * Serves the app built by `build` with `Deno.serve`.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { serveApp } from "./serve_deno.ts";
 * const server = await serveApp(() => new Hono(), { port: 0, hostname: "127.0.0.1" });
 * await server.close();
 * ```
 */
export function serveApp(build: AppBuilder, options: ServeOptions): Promise<RunningServer> {
  // `Deno.serve`'s shutdown() leaves upgraded WebSockets open, so the server keeps its own list to close.
  const open = new Set<WSContext<WebSocket>>();
  const upgradeWebSocket = defineWebSocketHelper<WebSocket>((c, events) => {
    // The same test hono/deno makes; past it, its helper always upgrades.
    if (c.req.header("upgrade") !== "websocket") return;
    return denoUpgradeWebSocket(c, trackEvents(events, open));
  });
  const app = build(upgradeWebSocket, (c) => getConnInfo(c).remote.address);
  const server = denoNamespace().serve(
    { port: options.port, hostname: options.hostname, onListen: () => {} },
    (request, info) => app.fetch(request, info),
  );
  let closing: Promise<void> | undefined;
  return Promise.resolve({
    port: server.addr.port,
    hostname: options.hostname,
    close() {
      closing ??= (async () => {
        for (const ws of open) ws.close(1001, "Server shutting down");
        open.clear();
        await server.shutdown();
      })();
      return closing;
    },
  });
}
