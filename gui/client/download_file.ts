/**
 * Starts a browser download the way a link with a `download` attribute does, from the values a
 * file_download's `content` takes in the browser: a `DownloadLink` from the server, or text written in the
 * page itself.
 */
import type { DownloadLink } from "../protocol/file_transfer.ts";

/** What a file_download can download, or undefined when its content is empty. */
export type DownloadSource = { kind: "link"; link: DownloadLink } | { kind: "text"; text: string };

/**
 * Reads a file_download's `content` as it arrives in the browser.
 *
 * @example
 * ```ts
 * downloadSource({ url: "/_tapir/download/abc", local: true }); // { kind: "link", link: {...} }
 * downloadSource("hello"); // { kind: "text", text: "hello" }
 * ```
 */
export function downloadSource(content: unknown): DownloadSource | undefined {
  if (typeof content === "string") return content === "" ? undefined : { kind: "text", text: content };
  if (typeof content !== "object" || content === null) return undefined;
  const { url, local, size } = content as Record<string, unknown>;
  if (typeof url !== "string" || url === "") return undefined;
  const link: DownloadLink = { url, local: local === true };
  if (typeof size === "number") link.size = size;
  return { kind: "link", link };
}

/**
 * The URL to fetch: a server link gets the file name as its last segment (the server names the
 * attachment after it).
 *
 * @example
 * ```ts
 * downloadUrl({ url: "/_tapir/download/abc", local: true }, "report 1.csv"); // "/_tapir/download/abc/report%201.csv"
 * ```
 */
export function downloadUrl(link: DownloadLink, name: string): string {
  return link.local ? `${link.url}/${encodeURIComponent(name === "" ? "download" : name)}` : link.url;
}

/** Downloads `source` as `name` through a temporary link, as a user's click on it would. */
export function startDownload(source: DownloadSource, name: string): void {
  const anchor = document.createElement("a");
  let objectUrl: string | undefined;
  if (source.kind === "text") {
    objectUrl = URL.createObjectURL(new Blob([source.text], { type: "text/plain;charset=utf-8" }));
    anchor.href = objectUrl;
  } else {
    anchor.href = downloadUrl(source.link, name);
    // Another site ignores `download` and would replace the app's page: open it beside the app instead.
    if (!source.link.local && !source.link.url.startsWith("data:")) anchor.target = "_blank";
  }
  anchor.download = name;
  anchor.rel = "noopener";
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has read the blob once the click's navigation started.
  if (objectUrl !== undefined) setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
