/**
 * The server's resource ceilings: what one deployment lets all its clients together hold, and what one
 * client may ask for at a time. Every key has a safe default; a deployer raises or lowers it through the
 * Gui's `limits` option. A request past a limit is refused with a message that names the limit, so the
 * deployer who reads it in a log or a tab knows which key to change.
 */
import { GuiConfigurationError } from "../errors.ts";

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
}

const MIB = 1024 * 1024;

/** The limits when the Gui sets none. */
export const DEFAULT_LIMITS: ServerLimits = Object.freeze({
  maxStates: 2_000,
  maxUploadBytesHeld: 512 * MIB,
  hellosPerSecondPerAddress: 20,
  maxUploadParts: 1_000,
  maxUploadFields: 100,
});

/**
 * The defaults completed with what the app gave; refuses a value that is not a positive number.
 *
 * @example
 * ```ts
 * resolveLimits({ maxStates: 50 }).maxUploadParts; // 1000
 * ```
 */
export function resolveLimits(options: Partial<ServerLimits> = {}): ServerLimits {
  const resolved: ServerLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ServerLimits)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) {
      throw new GuiConfigurationError(
        `limits.${key} must be a positive number, got ${JSON.stringify(value)} (the default is ${
          DEFAULT_LIMITS[key]
        })`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}
