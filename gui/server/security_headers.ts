/**
 * Headers every response carries. The content security policy is one the client runs under: scripts only
 * from this origin (the page descriptor is JSON, never executed), sockets to this origin.
 */
import type { MiddlewareHandler } from "hono";

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Lit sets style attributes for sizes given by properties (width, height).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // A WebSocket upgrade's response must stay as the runtime built it.
    if (c.res.status === 101) return;
    c.res.headers.set("x-content-type-options", "nosniff");
    c.res.headers.set("x-frame-options", "DENY");
    c.res.headers.set("referrer-policy", "same-origin");
    if ((c.res.headers.get("content-type") ?? "").startsWith("text/html")) {
      c.res.headers.set("content-security-policy", POLICY);
    }
  };
}
