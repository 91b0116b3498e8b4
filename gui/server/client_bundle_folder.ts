/**
 * A prebuilt client bundle in a folder (`dist/client/`), served without reading it all first: the
 * manifest already holds every file's content type and ETag, so a file's bytes (and its `.gz` twin) are
 * read on its first request and kept. Reading the ~100 files before listening cost a good part of a
 * start (see BENCHMARKS.md, "Start: listening under 0.3 s").
 */
import { listFolder, readBinaryFile } from "../runtime/mod.ts";
import type { ClientAsset, ClientManifest } from "./client_bundle.ts";

/** Reads one file of the bundle by its name under `ASSET_PATH`; undefined for a name it lacks. */
export type ReadClientAsset = (name: string) => Promise<ClientAsset | undefined>;

/**
 * A reader of the bundle in `folder`, or undefined when the folder lacks a file its manifest lists (a
 * half-written or pruned folder: the caller builds instead, or says what is missing). Checked with one
 * listing of the folder, so a missing file shows at start rather than as a failed request later.
 *
 * @example
 * ```ts
 * const read = await openBundleFolder(new URL("../../dist/client/", import.meta.url), manifest);
 * const main = await read?.("main.js");
 * ```
 */
export async function openBundleFolder(
  folder: URL,
  manifest: ClientManifest,
): Promise<ReadClientAsset | undefined> {
  if (!(await listsEveryFile(folder, manifest))) return undefined;
  const cache = new Map<string, Promise<ClientAsset>>();
  return (name) => {
    const entry = Object.hasOwn(manifest.files, name) ? manifest.files[name] : undefined;
    if (entry === undefined) return Promise.resolve(undefined);
    let asset = cache.get(name);
    if (asset === undefined) {
      asset = readAsset(folder, name, entry);
      cache.set(name, asset);
      // A failed read (the file went away after the start) is not kept: the next request tries again.
      asset.catch(() => cache.delete(name));
    }
    return asset;
  };
}

async function readAsset(
  folder: URL,
  name: string,
  { contentType, etag }: { contentType: string; etag: string },
): Promise<ClientAsset> {
  try {
    const [body, gzip] = await Promise.all([
      readBinaryFile(new URL(name, folder)),
      readBinaryFile(new URL(`${name}.gz`, folder)),
    ]);
    return { body, gzip, contentType, etag };
  } catch (error) {
    throw new Error(
      `Tapir's client file ${name} could not be read from ${folder.href} (it was there at start): ` +
        `rebuild the bundle (\`npm run build:client\`) or reinstall the tapir package.`,
      { cause: error },
    );
  }
}

/**
 * Whether the folder holds every file of the manifest and its `.gz` twin. A bundle served over http(s)
 * (Tapir imported from JSR) cannot be listed: its files are fetched on first request as they come.
 */
async function listsEveryFile(folder: URL, manifest: ClientManifest): Promise<boolean> {
  if (folder.protocol !== "file:") return true;
  let present: Set<string>;
  try {
    present = new Set(await listFolder(folder));
  } catch {
    return false;
  }
  return Object.keys(manifest.files).every((name) => present.has(name) && present.has(`${name}.gz`));
}
