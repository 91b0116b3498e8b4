/**
 * The server's resource ceilings, which a deployer sets through the Gui's `limits` option
 * (`new Gui({ limits: {...} })`): what one deployment lets all its clients together hold, and what one client
 * may cost at a time. Every key has a safe default and says what happens when it is hit, and a refusal names
 * the limit, so that an operator reading a close code, a log line or a tab's error finds the knob here.
 */
import { GuiConfigurationError } from "../errors.ts";

/**
 * The server's resource ceilings; give the ones to change as the Gui's `limits` option.
 *
 * @example
 * ```ts
 * const gui = new Gui({ page: "<|{x}|slider|>", state: { x: 0 }, limits: { maxStates: 500, callbackTimeoutMs: 30_000 } });
 * ```
 */
export interface ServerLimits {
  /**
   * Client states alive at once, connected or retained for a resume (default 2,000). At the limit a new tab
   * first takes the place of the oldest retained state whose tab is gone (it was only kept for a resume);
   * when every state has a connected tab, the hello is refused with `{type: "error", code: "limit"}`.
   */
  maxStates: number;
  /**
   * Bytes of uploaded files held in client states, all states together (default 512 MiB). An upload that
   * would go past it is refused with 413; what a state holds is freed when the state expires.
   */
  maxUploadBytesHeld: number;
  /**
   * WebSocket connections (each one a hello) a single address may open per second, as a steady rate with
   * bursts of as many (default 20). Past it the upgrade is refused with 429. Behind a reverse proxy every
   * client has the proxy's address: raise it there, or limit in the proxy.
   */
  hellosPerSecondPerAddress: number;
  /**
   * Parts of one multipart upload, files and fields together (default 1,000). Past it the upload is
   * refused with 413 as soon as the part is read, before the rest of the body is parsed.
   */
  maxUploadParts: number;
  /**
   * Non-file fields of one multipart upload (default 100; a file_selector sends none). Past it the upload
   * is refused with 413.
   */
  maxUploadFields: number;
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

/**
 * The limits when the Gui sets none.
 *
 * @example
 * ```ts
 * const gui = new Gui({ page, state, limits: { maxStates: DEFAULT_LIMITS.maxStates * 2 } });
 * ```
 */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  maxStates: 2_000,
  maxUploadBytesHeld: 512 * MIB,
  hellosPerSecondPerAddress: 20,
  maxUploadParts: 1_000,
  maxUploadFields: 100,
  helloTimeoutMs: 10_000,
  maxQueuedFrames: 256,
  maxQueuedBytes: 4 * MIB,
  maxBufferedBytes: 8 * MIB,
  callbackTimeoutMs: undefined,
  busyNoticeMs: 1_000,
});

/**
 * The defaults completed with what the app gave; refuses a value that is not a positive number.
 *
 * @example
 * ```ts
 * resolveLimits({ maxStates: 50 }).maxUploadParts; // 1000
 * ```
 */
export function resolveLimits(given: Partial<ServerLimits> = {}): ServerLimits {
  const limits: ServerLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ServerLimits)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) {
      throw new GuiConfigurationError(
        `limits.${key} must be a positive number of ${unitOf(key)}, got ${String(value)} (the default is ${
          DEFAULT_LIMITS[key] ?? "no limit"
        })`,
      );
    }
    limits[key] = value;
  }
  return limits;
}

function unitOf(key: keyof ServerLimits): string {
  if (key.endsWith("Ms")) return "milliseconds";
  if (key.endsWith("Bytes") || key.endsWith("BytesHeld")) return "bytes";
  if (key === "hellosPerSecondPerAddress") return "hellos per second";
  if (key === "maxQueuedFrames") return "frames";
  if (key === "maxStates") return "states";
  return key === "maxUploadParts" ? "parts" : "fields";
}
