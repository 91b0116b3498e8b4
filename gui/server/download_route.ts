/**
 * `GET /_tapir/download/<token>/<name>`: serves what a file_download registered, as an attachment named
 * `<name>`. Only registered tokens answer; everything else is 404, so the route hands out exactly what the
 * app put in a state, and nothing of the server's files.
 */
import type { Handler } from "hono";
import { downloadRegistry } from "../files/download_registry.ts";
import type { DownloadRegistry } from "../files/download_registry.ts";
import { safeFileName } from "../files/uploaded_file.ts";

/**
 * The handler of the download route; mount it on `${DOWNLOAD_PATH}:token/:name?`.
 *
 * @example
 * ```ts
 * app.get(`${DOWNLOAD_PATH}:token/:name?`, downloadHandler());
 * ```
 */
export function downloadHandler(registry: DownloadRegistry = downloadRegistry): Handler {
  return (c) => {
    const entry = registry.take(c.req.param("token") ?? "");
    if (entry === undefined) return c.notFound();
    const name = safeFileName(c.req.param("name") ?? "download");
    const headers = new Headers({
      "content-type": entry.type,
      "content-disposition": contentDisposition(name),
      // The token is a capability: no cache may keep what it gave.
      "cache-control": "no-store",
    });
    const body = entry.body instanceof Uint8Array ? entry.body as Uint8Array<ArrayBuffer> : entry.body;
    return new Response(body, { headers });
  };
}

/**
 * An attachment header that keeps any file name: an ASCII fallback, and the exact name in RFC 5987 form.
 *
 * @example
 * ```ts
 * contentDisposition("résumé.pdf"); // `attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`
 * ```
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
