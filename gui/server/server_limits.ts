/**
 * The limits a deployer can set on what one client may cost the server (`new Gui({ limits: {...} })`).
 * Each one has a safe default; each key says what happens when it is hit, so that an operator reading a
 * close code or a log line finds the knob here.
 */

import { GuiConfigurationError } from "../errors.ts";

/** Limits of the server's resources per connection and per callback. */
export interface ServerLimits {
  /**
   * How long a new WebSocket may stay open without sending its hello, in ms (default 10 000). Past it the
   * socket is closed with code 4011 ("no hello"): a tab always says hello at once, so only an idle or
   * hostile client waits.
   */
  helloTimeoutMs: number;
  /**
   * Frames of one connection waiting to be handled (behind a slow callback), at most (default 256). One
   * more closes the connection with code 4012 and frees every waiting frame; the tab reconnects and
   * resumes its state with its ticket.
   */
  maxQueuedFrames: number;
  /**
   * Characters of the frames of one connection waiting to be handled, at most (default 4 MiB). Past it the
   * connection closes with code 4012 as for `maxQueuedFrames`.
   */
  maxQueuedBytes: number;
  /**
   * Bytes the server may hold for a client that does not read (its socket's buffered amount), at most
   * (default 8 MiB). A message to a client past it is not buffered: the connection closes with code 4013
   * and the tab, when it reads again, reconnects and resumes (values it missed come as a snapshot).
   */
  maxBufferedBytes: number;
  /**
   * How long a callback (an action, an on_change, onInit, ...) may run before its tab stops waiting for
   * it, in ms (default: no limit). When it passes, onException (or the log) hears of a
   * `CallbackTimeoutError` naming the callback, the tab is told that the callback failed, and the
   * connection handles its next messages; the callback itself keeps running, and what it assigns later
   * still reaches the tab.
   */
  callbackTimeoutMs: number | undefined;
  /**
   * How long a message may be handled before its tab is told that the server is busy on it, in ms
   * (default 1 000). The tab shows a busy indicator until the work ends.
   */
  busyNoticeMs: number;
}

const MIB = 1024 * 1024;

/** The limits when the Gui sets none. */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = {
  helloTimeoutMs: 10_000,
  maxQueuedFrames: 256,
  maxQueuedBytes: 4 * MIB,
  maxBufferedBytes: 8 * MIB,
  callbackTimeoutMs: undefined,
  busyNoticeMs: 1_000,
};

/**
 * Defaults completed with what the app gave.
 *
 * @example
 * ```ts
 * resolveLimits({ maxQueuedFrames: 64 }).maxQueuedBytes; // 4194304
 * ```
 */
export function resolveLimits(given: Partial<ServerLimits> = {}): ServerLimits {
  const limits: ServerLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ServerLimits)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) {
      throw new GuiConfigurationError(
        `limits.${key} must be a positive number of ${unitOf(key)}, not ${String(value)}`,
      );
    }
    limits[key] = value;
  }
  return limits;
}

function unitOf(key: keyof ServerLimits): string {
  return key.endsWith("Ms") ? "milliseconds" : key.endsWith("Bytes") ? "bytes" : "frames";
}
