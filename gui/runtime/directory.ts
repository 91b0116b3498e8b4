/**
 * Listing folders, on either runtime (Deno implements `node:fs/promises`, `file:` URLs included).
 *
 * @module
 */
import { readdir } from "node:fs/promises";

/**
 * The paths of every file below `folder` (a `file:` URL ending in "/"), relative to it, with "/"
 * separators, sorted.
 *
 * @example
 * ```ts
 * import { listFiles } from "./directory.ts";
 * await listFiles(new URL("./pages/", import.meta.url)); // ["about.md", "docs/intro.md", "home.md"]
 * ```
 */
export async function listFiles(folder: URL): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const inner = await listFiles(new URL(`${encodeURIComponent(entry.name)}/`, folder));
      files.push(...inner.map((file) => `${entry.name}/${file}`));
    } else if (entry.isFile()) {
      files.push(entry.name);
    }
  }
  return files.sort();
}

/**
 * The names of the entries directly in `folder` (a `file:` URL), files and folders alike, unsorted.
 *
 * @example
 * ```ts
 * import { listFolder } from "./directory.ts";
 * await listFolder(new URL("../dist/client/", import.meta.url)); // ["main.js", "main.js.gz", ...]
 * ```
 */
export async function listFolder(folder: URL): Promise<string[]> {
  return await readdir(folder);
}
