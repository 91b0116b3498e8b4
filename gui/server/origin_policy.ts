/**
 * Which web pages may talk to this server. A browser attaches an `Origin` header to every WebSocket
 * handshake and every POST it makes; a page of another site can neither remove nor forge it. So a socket
 * or an upload is accepted from the server's own pages (Origin names the Host asked for) and from the
 * origins the app lists in the Gui's `allowedOrigins` (a page served elsewhere that embeds this app, or a
 * reverse proxy that rewrites Host), and refused from everywhere else: another site open in the same
 * browser cannot drive a tab's state.
 */
import { GuiConfigurationError } from "../errors.ts";

/** The allowed origins, normalized (`https://example.com:8443`). */
export type AllowedOrigins = ReadonlySet<string>;

/**
 * Normalizes the Gui's `allowedOrigins` and refuses entries that are not origins.
 *
 * @example
 * ```ts
 * allowedOriginsOf(["https://Example.com:443/"]); // Set { "https://example.com" }
 * ```
 */
export function allowedOriginsOf(list: readonly string[] = []): AllowedOrigins {
  const origins = new Set<string>();
  for (const entry of list) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (url === undefined || url.origin === "null" || url.pathname.length > 1 || url.search || url.hash) {
      throw new GuiConfigurationError(
        `allowedOrigins: "${entry}" is not an origin; write scheme, host and port only, as in "https://example.com:8443"`,
      );
    }
    origins.add(url.origin);
  }
  return origins;
}

/**
 * Whether a request with this `Origin` header, sent to this `Host`, comes from a page allowed to use the
 * server. `origin` undefined means the header is absent: browsers always send it, so only a program (a
 * script, a test, a monitoring probe) omits it, and such a program is not a victim of another site's page;
 * `whenAbsent` says what to do then.
 *
 * @example
 * ```ts
 * isAllowedOrigin("http://127.0.0.1:5000", "127.0.0.1:5000", new Set(), true); // true
 * isAllowedOrigin("https://evil.example", "127.0.0.1:5000", new Set(), true); // false
 * ```
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: AllowedOrigins,
  whenAbsent: boolean,
): boolean {
  if (origin === undefined) return whenAbsent;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.has(url.origin)) return true;
  return host !== undefined && (url.protocol === "http:" || url.protocol === "https:") &&
    url.host === host.toLowerCase();
}
