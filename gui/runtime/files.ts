/**
 * Reading files, on either runtime.
 *
 * Deno implements `node:fs/promises` (including `file:` URLs as paths), so one code path serves both.
 * Tapir imported from JSR runs from `https:` URLs: the files beside its modules (the prebuilt client
 * bundle) are then fetched from there.
 *
 * @module
 */

import { readFile, stat } from "node:fs/promises";

/**
 * Reads a UTF-8 text file.
 *
 * @example
 * ```ts
 * import { readTextFile } from "./files.ts";
 * const page = await readTextFile(new URL("./page.md", import.meta.url));
 * ```
 */
export async function readTextFile(path: string | URL): Promise<string> {
  if (isRemote(path)) return await (await fetchFile(path)).text();
  return await readFile(path, "utf8");
}

/**
 * Reads a file's bytes.
 *
 * @example
 * ```ts
 * import { readBinaryFile } from "./files.ts";
 * const bytes = await readBinaryFile("dist/client.js");
 * ```
 */
export async function readBinaryFile(path: string | URL): Promise<Uint8Array> {
  if (isRemote(path)) return new Uint8Array(await (await fetchFile(path)).arrayBuffer());
  const buffer = await readFile(path);
  // A plain view, so callers on Node do not get Buffer's different toString() and slice().
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Whether a file or folder exists at `path`.
 *
 * @example
 * ```ts
 * import { fileExists } from "./files.ts";
 * if (!(await fileExists("dist/client.js"))) console.log("run the build first");
 * ```
 */
export async function fileExists(path: string | URL): Promise<boolean> {
  return (await fileModifiedTime(path)) !== undefined;
}

/**
 * When the file was last modified, in milliseconds since the epoch; `undefined` if it does not exist.
 *
 * @example
 * ```ts
 * import { fileModifiedTime } from "./files.ts";
 * const changed = (await fileModifiedTime("pages/home.md")) ?? 0;
 * ```
 */
export async function fileModifiedTime(path: string | URL): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

function isRemote(path: string | URL): path is URL {
  return path instanceof URL && (path.protocol === "https:" || path.protocol === "http:");
}

async function fetchFile(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`Could not read ${url.href}: the server answered ${response.status} ${response.statusText}`);
  }
  return response;
}
