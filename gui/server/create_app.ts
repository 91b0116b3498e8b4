/**
 * The Hono app: pages, the client bundle and the WebSocket endpoint. Runtime-neutral: the runtime hands in
 * its upgradeWebSocket helper.
 */
import { Hono } from "hono";
import type { UpgradeWebSocket } from "hono/ws";
import { ASSET_PATH, SOCKET_PATH } from "../protocol/messages.ts";
import { TABLE_CSV_PATH } from "../protocol/table_wire.ts";
import { csvDownloadResponse } from "../elements/table/csv_downloads.ts";
import { DOWNLOAD_PATH, UPLOAD_PATH } from "../protocol/file_transfer.ts";
import { downloadHandler } from "./download_route.ts";
import { uploadHandler } from "./upload_route.ts";
import { resolveUploadLimits, type UploadLimits } from "./upload_limits.ts";
import type { ClientAssets } from "./client_build.ts";
import type { GuiContext } from "./gui_context.ts";
import { renderDocument } from "./render_document.ts";
import { securityHeaders } from "./security_headers.ts";
import { createSocketEvents } from "./socket_endpoint.ts";
import type { SocketEndpointDependencies } from "./socket_endpoint.ts";

export interface AppOptions<S extends object> extends SocketEndpointDependencies<S> {
  assets: ClientAssets;
  upgradeWebSocket: UpgradeWebSocket;
  darkMode?: boolean;
  /** Limits of file_selector uploads (see upload_limits.ts for the defaults). */
  uploads?: Partial<UploadLimits>;
}

export function createApp<S extends object>(options: AppOptions<S>): Hono {
  const { assets, context, upgradeWebSocket } = options;
  const app = new Hono();
  app.use("*", securityHeaders());

  // Browsers ask for it on every page; an empty answer keeps a 404 out of their consoles.
  app.get("/favicon.ico", (c) => c.body(null, 204));

  app.get(SOCKET_PATH, upgradeWebSocket(() => createSocketEvents(options)));

  // Files never travel over the socket: file_download serves by token, file_selector posts here.
  app.get(`${DOWNLOAD_PATH}:token/:name?`, downloadHandler());
  app.post(UPLOAD_PATH, uploadHandler({ ...options, limits: resolveUploadLimits(options.uploads) }));

  // A table's CSV, by the one-time token its socket request got (see elements/table/csv_downloads.ts).
  app.get(`${TABLE_CSV_PATH}:token`, (c) => csvDownloadResponse(c.req.param("token")));

  app.get(`${ASSET_PATH}:file`, (c) => {
    const asset = assets.files.get(c.req.param("file"));
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

  // Every page's document is the same for every client: render it once.
  const documents = new Map<string, string>();
  const documentFor = (pageName: string): string | undefined => {
    const cached = documents.get(pageName);
    if (cached !== undefined) return cached;
    const page = context.pages.get(pageName);
    if (page === undefined) return undefined;
    const html = renderDocument(page, assets, {
      title: context.title,
      ...(options.darkMode === undefined ? {} : { darkMode: options.darkMode }),
    });
    documents.set(pageName, html);
    return html;
  };

  app.get("*", (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const html = documentFor(path === "/" ? "/" : path.replace(/^\/+|\/+$/g, ""));
    return html === undefined ? c.notFound() : c.html(html);
  });
  return app;
}
