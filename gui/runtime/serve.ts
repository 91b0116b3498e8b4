/**
 * Serving a Hono app over HTTP and WebSocket on whichever runtime is running.
 *
 * Each runtime's adapter (`serve_deno.ts`, `serve_node.ts`) exports the same `serveApp`; only the one for the
 * current runtime is ever loaded, so Deno never loads `@hono/node-server` and Node never touches `Deno`.
 *
 * @module
 */

import { runtimeName } from "./detect.ts";
import type { AppBuilder, RunningServer, ServeOptions } from "./serve_types.ts";

/**
 * Serves the app that `build` returns.
 *
 * The app is built here, not by the caller, because WebSocket support differs by runtime: Node's adapter
 * needs the finished app to route upgrade requests, Deno's upgrades inside the request handler.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { serveApp } from "./serve.ts";
 *
 * const server = await serveApp((upgradeWebSocket) => {
 *   const app = new Hono();
 *   app.get("/", (c) => c.text("hello"));
 *   app.get("/ws", upgradeWebSocket(() => ({ onMessage: (event, ws) => ws.send(String(event.data)) })));
 *   return app;
 * }, { port: 0, hostname: "127.0.0.1" });
 * console.log(`http://${server.hostname}:${server.port}/`);
 * await server.close();
 * ```
 */
export async function serveApp(build: AppBuilder, options: ServeOptions): Promise<RunningServer> {
  const adapter = await preloadServeAdapter();
  return adapter.serveApp(build, options);
}

/** What each runtime's adapter module exports. */
interface ServeAdapter {
  serveApp(build: AppBuilder, options: ServeOptions): Promise<RunningServer>;
}
let adapterLoading: Promise<ServeAdapter> | undefined;

/**
 * Starts loading the current runtime's server adapter (on Node, `@hono/node-server`, `@hono/node-ws` and
 * `ws`: a good part of a start) without waiting for it, so that it loads while the caller does its other
 * start-up work; {@linkcode serveApp} then finds it loaded. Calling it again returns the same load.
 *
 * @example
 * ```ts
 * void preloadServeAdapter();
 * const assets = await loadAssets(); // meanwhile the adapter loads
 * await serveApp(build, { port: 0, hostname: "127.0.0.1" });
 * ```
 */
export function preloadServeAdapter(): Promise<ServeAdapter> {
  adapterLoading ??= runtimeName === "deno" ? import("./serve_deno.ts") : import("./serve_node.ts");
  // A failure is reported by serveApp, which awaits the same promise; not as an unhandled rejection here.
  adapterLoading.catch(() => {});
  return adapterLoading;
}
