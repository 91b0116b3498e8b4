/**
 * The Hono app: pages, the client bundle and the WebSocket endpoint. Runtime-neutral: the runtime hands in
 * its upgradeWebSocket helper.
 */
import { Hono, type MiddlewareHandler } from "hono";
import type { UpgradeWebSocket } from "hono/ws";
import type { RemoteAddress } from "../runtime/mod.ts";
import { ASSET_PATH, SOCKET_PATH } from "../protocol/messages.ts";
import { TABLE_CSV_PATH } from "../protocol/table_wire.ts";
import { csvDownloadResponse } from "../elements/table/csv_downloads.ts";
import { DOWNLOAD_PATH, UPLOAD_PATH } from "../protocol/file_transfer.ts";
import { downloadHandler } from "./download_route.ts";
import { uploadHandler } from "./upload_route.ts";
import { resolveUploadLimits, type UploadLimits } from "./upload_limits.ts";
import type { ClientBundle } from "./client_bundle.ts";
import { renderDocument } from "./render_document.ts";
import { type AllowedOrigins, isAllowedOrigin } from "./origin_policy.ts";
import { type AllowedHosts, allowedHostsOf, hostRefusal, isAllowedHost } from "./host_policy.ts";
import { AddressRateLimiter } from "./address_rate_limiter.ts";
import { securityHeaders } from "./security_headers.ts";
import { createSocketEvents } from "./socket_endpoint.ts";
import type { SocketEndpointDependencies } from "./socket_endpoint.ts";

export interface AppOptions<S extends object> extends SocketEndpointDependencies<S> {
  assets: ClientBundle;
  upgradeWebSocket: UpgradeWebSocket;
  darkMode?: boolean;
  /** Limits of file_selector uploads (see upload_limits.ts for the defaults). */
  uploads?: Partial<UploadLimits>;
  /** Origins besides the server's own whose pages may open the socket and upload (see origin_policy.ts). */
  allowedOrigins?: AllowedOrigins;
  /** Host names besides IP addresses and localhost the server answers to (see host_policy.ts). */
  allowedHosts?: AllowedHosts;
  /** The interface the server listens on, whose name it answers to (default "127.0.0.1"). */
  listenHost?: string;
  /** The client address of a request, for the per-address hello rate; without it all share one bucket. */
  remoteAddress?: RemoteAddress;
}

export function createApp<S extends object>(options: AppOptions<S>): Hono {
  const { assets, context, upgradeWebSocket } = options;
  const app = new Hono();
  app.use("*", securityHeaders());

  // Before anything is served: a page that rebound its own DNS name to this server must get nothing.
  const allowedHosts = options.allowedHosts ?? allowedHostsOf();
  const listenHost = options.listenHost ?? "127.0.0.1";
  app.use("*", (c, next) => {
    const host = c.req.header("host");
    return isAllowedHost(host, allowedHosts, listenHost)
      ? next()
      : Promise.resolve(c.text(hostRefusal(host), 403));
  });

  // Browsers ask for it on every page; an empty answer keeps a 404 out of their consoles.
  app.get("/favicon.ico", (c) => c.body(null, 204));

  // A page of another site must not open a socket into a tab's state (cross-site WebSocket hijacking).
  const allowedOrigins = options.allowedOrigins ?? new Set<string>();
  const sameSiteOnly: MiddlewareHandler = (c, next) =>
    isAllowedOrigin(c.req.header("origin"), c.req.header("host"), allowedOrigins, true)
      ? next()
      : Promise.resolve(c.text("This page's origin may not connect", 403));
  // Each socket says hello, and a hello copies the initial state: one address may not open them in a loop.
  const { hellosPerSecondPerAddress } = context.limits;
  const hellos = new AddressRateLimiter(hellosPerSecondPerAddress);
  const helloRate: MiddlewareHandler = (c, next) =>
    hellos.take(options.remoteAddress?.(c) ?? "unknown") ? next() : Promise.resolve(c.text(
      `Too many connections from this address: at most ${hellosPerSecondPerAddress} per second ` +
        "(limits.hellosPerSecondPerAddress); try again in a moment",
      429,
    ));
  app.get(SOCKET_PATH, sameSiteOnly, helloRate, upgradeWebSocket(() => createSocketEvents(options)));

  // Files never travel over the socket: file_download serves by token, file_selector posts here.
  app.get(`${DOWNLOAD_PATH}:token/:name?`, downloadHandler());
  const limits = resolveUploadLimits(options.uploads);
  app.post(UPLOAD_PATH, uploadHandler({ ...options, allowedOrigins, limits, serverLimits: context.limits }));

  // A table's CSV, by the one-time token its socket request got (see elements/table/csv_downloads.ts).
  app.get(`${TABLE_CSV_PATH}:token`, (c) => csvDownloadResponse(c.req.param("token")));

  app.get(`${ASSET_PATH}:file`, async (c) => {
    const asset = await assets.read(c.req.param("file"));
    if (asset === undefined) return c.notFound();
    if (c.req.header("if-none-match") === asset.etag) return c.body(null, 304);
    const gzip = (c.req.header("accept-encoding") ?? "").includes("gzip");
    c.header("content-type", asset.contentType);
    c.header("etag", asset.etag);
    c.header("cache-control", "no-cache");
    c.header("vary", "accept-encoding");
    if (gzip) c.header("content-encoding", "gzip");
    return c.body((gzip ? asset.gzip : asset.body) as Uint8Array<ArrayBuffer>);
  });

  // Every page's document is the same for every client: render it once (again when dev mode recompiled it).
  // With an onNavigate it is neutral (the frame alone): the tab's state, known only once it says hello,
  // decides whether it may see the page (see PageRouter.documentView).
  const documents = new Map<string, { page: object; html: string }>();
  const documentFor = (pageName: string): string | undefined => {
    const page = context.router.documentView(pageName);
    if (page === undefined) return undefined;
    const cached = documents.get(pageName);
    if (cached?.page === page) return cached.html;
    const html = renderDocument(page, assets, {
      title: context.title,
      ...(options.darkMode === undefined ? {} : { darkMode: options.darkMode }),
    });
    documents.set(pageName, { page, html });
    return html;
  };

  app.get("*", (c) => {
    const path = decodedPath(new URL(c.req.url).pathname);
    // A malformed escape (`/%E0%A4%A`) names no page: 404, not a server error.
    if (path === undefined) return c.notFound();
    const html = documentFor(path === "/" ? "/" : path.replace(/^\/+|\/+$/g, ""));
    return html === undefined ? c.notFound() : c.html(html);
  });
  return app;
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
