/**
 * Tapir's runtime layer: the only folder that names Deno, `node:*` modules or `process`.
 *
 * The rest of the code imports from here and stays runtime-neutral. Serving and TCP have one adapter per
 * runtime (`*_deno.ts`, `*_node.ts`), loaded on demand; files, processes and signals use the `node:*`
 * modules, which Deno implements too.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { runtimeName, serveApp } from "./mod.ts";
 *
 * const server = await serveApp(() => new Hono().get("/", (c) => c.text("hi")), { port: 0, hostname: "127.0.0.1" });
 * console.log(`${runtimeName} serves http://${server.hostname}:${server.port}/`);
 * await server.close();
 * ```
 *
 * @module
 */

export { type RuntimeName, runtimeName } from "./detect.ts";
export { preloadServeAdapter, serveApp } from "./serve.ts";
export type { AppBuilder, RemoteAddress, RunningServer, ServeOptions } from "./serve_types.ts";
export { bufferedAmount } from "./buffered_amount.ts";
export { connectTcp, listenTcp } from "./tcp.ts";
export type { TcpConnection, TcpListener } from "./tcp_types.ts";
export {
  commandLineArgs,
  environmentVariable,
  exitProcess,
  isMainModule,
  onTerminationSignal,
  residentMemoryBytes,
} from "./process.ts";
export { fileExists, fileModifiedTime, readBinaryFile, readTextFile } from "./files.ts";
export { listFiles, listFolder } from "./directory.ts";
export { spawnProcess } from "./spawn_process.ts";
export type { ProcessSignal, SpawnedProcess, SpawnOptions } from "./spawn_types.ts";
export { openBrowser } from "./open_browser.ts";
export { type StopWatching, watchFiles, type WatchFilesOptions } from "./watch_files.ts";
export { type ClientWebSocket, openWebSocket, type QueuedWebSocket } from "./web_socket_client.ts";
