/**
 * A file_download's `content` as the browser gets it: never the bytes. Bound bytes and text are registered
 * in the download registry under a token of the client that shows them, and travel as a `DownloadLink`;
 * http(s) and data URLs go through as links; a fixed text written in the page stays text (the browser
 * makes the file itself).
 */
import { DOWNLOAD_PATH } from "../protocol/file_transfer.ts";
import type { DownloadLink } from "../protocol/file_transfer.ts";
import { downloadRegistry } from "./download_registry.ts";
import type { DownloadRegistry } from "./download_registry.ts";

/**
 * The element's transform of `content` (see ElementDefinition.transform). `element` is the element's own
 * props object, which names the element: a new content replaces the element's previous token. `owner` is
 * the client's session object (given for bound values only); tokens die with it.
 *
 * @example
 * ```ts
 * downloadContent(new Uint8Array([1, 2, 3]), props, owner); // { url: "/_tapir/download/Qk…", local: true, size: 3 }
 * downloadContent("https://example.com/a.csv", props); // { url: "https://example.com/a.csv", local: false }
 * ```
 */
export function downloadContent(
  content: unknown,
  element: object,
  owner: object | undefined,
  registry: DownloadRegistry = downloadRegistry,
): DownloadLink | string | null {
  const external = externalUrl(content);
  if (owner === undefined) {
    return external === undefined ? (typeof content === "string" ? content : null) : external;
  }
  if (external !== undefined) {
    registry.revoke(owner, element);
    return external;
  }
  const body = toBody(content);
  if (body === undefined) {
    registry.revoke(owner, element);
    return null;
  }
  const token = registry.tokenFor(owner, element, content) ??
    registry.register(owner, element, body.bytes, body.type, content);
  const size = body.bytes instanceof Uint8Array ? body.bytes.byteLength : body.bytes.size;
  return { url: `${DOWNLOAD_PATH}${token}`, local: true, size };
}

/** http(s) and data URLs (as text or URL objects) are the browser's to fetch; Tapir never reads files. */
function externalUrl(content: unknown): DownloadLink | undefined {
  const text = content instanceof URL ? content.href : typeof content === "string" ? content.trim() : "";
  return /^(https?:\/\/|data:)\S*$/i.test(text) ? { url: text, local: false } : undefined;
}

/** Content as the download route serves it. */
export interface DownloadBody {
  bytes: Uint8Array | Blob;
  type: string;
}

/**
 * Bytes in any of their forms, or text (served as UTF-8); undefined for nothing to download.
 *
 * @example
 * ```ts
 * toBody("a,b")?.type; // "text/plain; charset=utf-8"
 * ```
 */
export function toBody(content: unknown): DownloadBody | undefined {
  const binary = "application/octet-stream";
  if (content instanceof Uint8Array) return { bytes: content, type: binary };
  if (content instanceof ArrayBuffer) return { bytes: new Uint8Array(content), type: binary };
  if (ArrayBuffer.isView(content)) {
    return { bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength), type: binary };
  }
  if (typeof Blob !== "undefined" && content instanceof Blob) {
    return { bytes: content, type: content.type || binary };
  }
  if (typeof content === "string" && content !== "") {
    return { bytes: new TextEncoder().encode(content), type: "text/plain; charset=utf-8" };
  }
  return undefined;
}
