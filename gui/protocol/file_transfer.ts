/**
 * How files cross between server and browser, shared by both. Files never travel over the WebSocket:
 * downloads are served by HTTP under unguessable per-session URLs, and uploads are HTTP POSTs tied to the
 * tab's state by its id and secret. The socket only carries the small values below.
 */

/** Prefix of download URLs: `DOWNLOAD_PATH + token + "/" + file name`. */
export const DOWNLOAD_PATH = "/_tapir/download/";

/** Where a file_selector posts its files (multipart/form-data, one `file` field per file). */
export const UPLOAD_PATH = "/_tapir/upload";

/** Request headers that tie an upload to the tab's state and to one file_selector of its page. */
export const UPLOAD_HEADERS = {
  stateId: "x-tapir-state",
  secret: "x-tapir-secret",
  element: "x-tapir-element",
} as const;

/** The form field every uploaded file travels in. */
export const UPLOAD_FIELD = "file";

/** What a file_download's bound `content` becomes on its way to the browser. */
export interface DownloadLink {
  /** A same-origin `DOWNLOAD_PATH` URL (append "/" and the file name), or an external http(s)/data URL. */
  url: string;
  /** True for a URL this server hands out (the browser appends the file name to it). */
  local: boolean;
  /** Size in bytes when known. */
  size?: number;
}

/** What a file_selector's bound `content` shows in the browser: the files, without their bytes. */
export interface FileSummary {
  name: string;
  type: string;
  size: number;
}

/** The JSON body of every answer to an upload. */
export type UploadResponse = { ok: true; files: FileSummary[] } | { ok: false; error: string };

/**
 * Taipy's default for `extensions`. A single `*` (or an empty value) accepts every file.
 */
export const DEFAULT_EXTENSIONS = ".csv,.xlsx";

/**
 * Whether a file passes a file_selector's `extensions` filter, the way an `<input accept>` reads it:
 * `.csv` matches the name's ending (any case), `image/*` and `text/plain` match the declared type.
 *
 * @example
 * ```ts
 * acceptsFile(".csv,.txt", { name: "Data.CSV", type: "" }); // true
 * acceptsFile(".csv", { name: "evil.csv.exe", type: "" }); // false
 * acceptsFile("image/*", { name: "a.png", type: "image/png" }); // true
 * ```
 */
export function acceptsFile(extensions: string, file: { name: string; type: string }): boolean {
  const filters = splitExtensions(extensions);
  if (filters.length === 0 || filters.includes("*")) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return filters.some((filter) => {
    if (filter.startsWith(".")) return name.endsWith(filter) && name.length > filter.length;
    if (filter.endsWith("/*")) return type.startsWith(filter.slice(0, -1));
    return filter.includes("/") && type === filter;
  });
}

/** The `extensions` value as lower-case filters, for `acceptsFile` and the input's `accept` attribute. */
export function splitExtensions(extensions: string): string[] {
  return extensions.split(/[,;]/).map((item) => item.trim().toLowerCase()).filter((item) => item !== "");
}
