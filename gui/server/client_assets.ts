/**
 * The browser bundle as the server holds it: every file with its gzip form and ETag, and which scripts a
 * page needs for the element types it uses. `loadClientAssets()` takes the prebuilt `dist/client/` when it
 * is up to date and builds in memory otherwise, so a fresh checkout runs without a build step. A prebuilt
 * file is read on its first request, not before listening (see client_bundle_folder.ts).
 *
 * The installed package has no client sources: it serves the bundle it was packed with, as is, and never
 * loads the builder (esbuild is not one of its dependencies).
 */
import { fileExists, fileModifiedTime, readTextFile } from "../runtime/mod.ts";
import type { ClientBundle, ClientManifest } from "./client_bundle.ts";
import { openBundleFolder } from "./client_bundle_folder.ts";
import { scriptsForManifest } from "./scripts_for_manifest.ts";

const ROOT = new URL("../../", import.meta.url);
/** Present in a checkout of the repository, absent from the installed package. */
const CLIENT_SOURCE = new URL("gui/client/main.ts", ROOT);
/**
 * Whether this module runs as TypeScript source (tsx, Deno) rather than compiled into `dist/`. Compiled
 * Tapir, installed or built in the repository by `npm run build` (which builds the client bundle first),
 * serves the bundle it was built with: it never looks at the sources, so its start stats nothing.
 */
const RUNS_FROM_SOURCE = import.meta.url.endsWith(".ts");
/**
 * Where the prebuilt bundle may be, first found wins: `dist/client/` beside the sources (this module run
 * from `gui/server/`, or bundled into `dist/node/`), then `client/` beside the compiled modules (this module
 * compiled to `dist/gui/server/` in the package).
 */
const BUNDLE_FOLDERS = [new URL("../../dist/client/", import.meta.url), new URL("../../client/", import.meta.url)];

/** Options for {@linkcode loadClientAssets}. */
export interface LoadClientAssetsOptions {
  /** Where a prebuilt bundle may be; defaults to the project's `dist/client/`. */
  folder?: URL;
}

/**
 * The client bundle: from `dist/client/` when it is newer than every source it was built from, else
 * built in memory (slower start, same result). Compiled Tapir takes `dist/client/` as it is.
 *
 * @example
 * ```ts
 * const assets = await loadClientAssets();
 * assets.scriptsFor(["text"]); // { modules: ["main.js", "tp_text.js"], preloads: ["chunk-….js"] }
 * ```
 */
export async function loadClientAssets(options: LoadClientAssetsOptions = {}): Promise<ClientBundle> {
  const hasSources = RUNS_FROM_SOURCE && (await fileExists(CLIENT_SOURCE));
  const folders = options.folder === undefined ? BUNDLE_FOLDERS : [options.folder];
  for (const folder of folders) {
    const built = await readBuiltAssets(folder, hasSources);
    if (built !== undefined) return built;
  }
  if (!hasSources) {
    throw new Error(
      `Tapir's prebuilt client bundle is missing or incomplete (looked for manifest.json in ${
        folders.map((folder) => folder.href).join(" and ")
      }) and its sources are not there to rebuild it: reinstall the tapir package ` +
        "(in Tapir's repository, run `npm run build`).",
    );
  }
  // Loaded only when needed: a server started from a prebuilt bundle never starts esbuild.
  const { buildClientAssets } = await import("./client_build.ts");
  return await buildClientAssets();
}

/** The bundle in `folder`; with the sources at hand, only if it is newer than every one of them. */
async function readBuiltAssets(folder: URL, checkFreshness: boolean): Promise<ClientBundle | undefined> {
  let manifest: ClientManifest | undefined;
  try {
    manifest = asManifest(JSON.parse(await readTextFile(new URL("manifest.json", folder))));
  } catch {
    return undefined;
  }
  if (manifest === undefined || (checkFreshness && !(await isFresh(manifest)))) return undefined;
  const read = await openBundleFolder(folder, manifest);
  return read === undefined ? undefined : { read, scriptsFor: scriptsForManifest(manifest), manifest };
}

async function isFresh(manifest: ClientManifest): Promise<boolean> {
  const times = await Promise.all(manifest.inputs.map((input) => fileModifiedTime(new URL(input, ROOT))));
  return times.every((time) => time !== undefined && time <= manifest.builtAt);
}

function asManifest(value: unknown): ClientManifest | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const manifest = value as Partial<ClientManifest>;
  const valid = manifest.version === 1 && typeof manifest.builtAt === "number" &&
    Array.isArray(manifest.inputs) && typeof manifest.main === "string" &&
    typeof manifest.elements === "object" && typeof manifest.imports === "object" &&
    typeof manifest.files === "object";
  return valid ? (value as ClientManifest) : undefined;
}
