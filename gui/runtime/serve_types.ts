/**
 * What serving looks like from both sides: the options and result of `serveApp`, and the app builder it
 * calls. Shared by `serve.ts` and each runtime's adapter, which `serve.ts` loads: a file of their own so
 * that an adapter never imports the module that loads it.
 *
 * @module
 */

import type { Context, Hono } from "hono";
import type { UpgradeWebSocket } from "hono/ws";

/** Where to listen. */
export interface ServeOptions {
  /** TCP port; 0 picks a free one (read the real one from the result). */
  port: number;
  /** Interface to bind, e.g. `"127.0.0.1"` or `"0.0.0.0"`. */
  hostname: string;
}

/** A server that is listening. */
export interface RunningServer {
  /** The port actually bound (never 0). */
  readonly port: number;
  /** The hostname the server was asked to listen on. */
  readonly hostname: string;
  /**
   * Stops the server: closes open WebSockets and keep-alive connections at once, and resolves when the port
   * is free again. Calling it twice is harmless.
   */
  close(): Promise<void>;
}

/**
 * The address of the client that sent a request (`"127.0.0.1"`, `"::1"`), from the runtime's connection
 * info; undefined when the runtime does not say.
 */
export type RemoteAddress = (c: Context) => string | undefined;

/**
 * Builds the app to serve, given the runtime's Hono `upgradeWebSocket` helper and a way to read a
 * request's client address.
 *
 * The helper ignores its second argument (upgrade options): those differ by runtime, and code outside
 * this folder stays runtime-neutral.
 */
export type AppBuilder = (upgradeWebSocket: UpgradeWebSocket, remoteAddress: RemoteAddress) => Hono;
