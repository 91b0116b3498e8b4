/**
 * One-time download links for tables' CSV files. The browser asks for a download over its socket (which
 * only the tab that holds the state's secret can use); the server answers with an unguessable token, and
 * the browser fetches `TABLE_CSV_PATH + token` once, within a minute. The CSV is produced at that moment,
 * from the data the request saw, so nothing is held in memory but the data reference.
 */
import { TABLE_CSV_PATH } from "../../protocol/table_wire.ts";

/** A download waiting to be fetched. */
export interface CsvDownload {
  filename: string;
  produce(): string;
}

interface Waiting extends CsvDownload {
  expires: number;
}

const LIFETIME_MS = 60_000;
/** A tab that asks for downloads and never fetches them cannot fill the server's memory. */
const MAX_WAITING = 256;
const waiting = new Map<string, Waiting>();

/**
 * Registers a download and returns the URL path that fetches it once.
 *
 * @example
 * ```ts
 * const url = offerCsvDownload({ filename: "data.csv", produce: () => "a\r\n1\r\n" });
 * // "/_tapir/table-csv/9f86d0…": fetched once by the browser, answered by takeCsvDownload()
 * ```
 */
export function offerCsvDownload(download: CsvDownload, now = Date.now()): string {
  for (const [token, entry] of waiting) {
    if (entry.expires <= now) waiting.delete(token);
  }
  while (waiting.size >= MAX_WAITING) {
    const oldest = waiting.keys().next().value;
    if (oldest === undefined) break;
    waiting.delete(oldest);
  }
  const token = randomToken();
  waiting.set(token, { ...download, expires: now + LIFETIME_MS });
  return `${TABLE_CSV_PATH}${token}`;
}

/** The download of `token`, removed so that it serves once; undefined when unknown or expired. */
export function takeCsvDownload(token: string, now = Date.now()): CsvDownload | undefined {
  const entry = waiting.get(token);
  waiting.delete(token);
  return entry === undefined || entry.expires <= now ? undefined : entry;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The HTTP answer to `GET TABLE_CSV_PATH + token`: the CSV as an attachment, or 404 for a token that is
 * unknown, expired or already used.
 *
 * @example
 * ```ts
 * app.get(`${TABLE_CSV_PATH}:token`, (c) => csvDownloadResponse(c.req.param("token")));
 * ```
 */
export function csvDownloadResponse(token: string): Response {
  const download = takeCsvDownload(token);
  if (download === undefined) return new Response("Not found", { status: 404 });
  return new Response(download.produce(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${download.filename.replace(/[^\w.-]/g, "_")}"`,
      // The token is a capability: no cache may keep what it gave.
      "cache-control": "no-store",
    },
  });
}
