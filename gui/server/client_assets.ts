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
import { openBundleFolder } from "./client_bundle_folder.ts";

/** One file served under `ASSET_PATH` ("/_tapir/"). */
export interface ClientAsset {
  body: Uint8Array;
  gzip: Uint8Array;
  contentType: string;
  etag: string;
}

/** The scripts of a page: module scripts to run, and the chunks they import, to preload. */
export interface PageScripts {
  /** File names under `ASSET_PATH`: "main.js" first, then "tp_<type>.js" per element type. */
  modules: string[];
  /** File names under `ASSET_PATH` of the shared chunks those modules import. */
  preloads: string[];
}

/** The client bundle, ready to serve. */
export interface ClientBundle {
  /**
   * One file by its name under `ASSET_PATH` (e.g. "main.js", "tp_text.js", "tapir.css"), undefined for a
   * name the bundle lacks. A prebuilt file is read on its first request and kept.
   */
  read(name: string): Promise<ClientAsset | undefined>;
  /** The scripts a page showing these element types needs; types without browser code are skipped. */
  scriptsFor(elementTypes: Iterable<string>): PageScripts;
  /** How the bundle was made; what `dist/client/manifest.json` holds. */
  manifest: ClientManifest;
}

/** A bundle held in memory, every file at hand (what a build makes). */
export interface ClientAssets extends ClientBundle {
  /** By file name under `ASSET_PATH`, e.g. "main.js", "tp_text.js", "tapir.css". */
  files: Map<string, ClientAsset>;
}

/** Describes a built bundle; written as `dist/client/manifest.json`. */
export interface ClientManifest {
  version: 1;
  /** When the build started (ms since the epoch): sources modified later make the bundle stale. */
  builtAt: number;
  /** Files and folders, relative to the project root, whose changes make the bundle stale. */
  inputs: string[];
  /** The entry script every page runs. */
  main: string;
  /** Element type -> its entry script. */
  elements: Record<string, string>;
  /** Script -> the chunks it imports statically. */
  imports: Record<string, string[]>;
  files: Record<string, { contentType: string; etag: string }>;
}

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

/**
 * Makes {@linkcode ClientAssets} from a manifest and the files it lists.
 *
 * @example
 * ```ts
 * const assets = createClientAssets(manifest, files);
 * ```
 */
export function createClientAssets(manifest: ClientManifest, files: Map<string, ClientAsset>): ClientAssets {
  const read = (name: string): Promise<ClientAsset | undefined> => Promise.resolve(files.get(name));
  return { files, read, scriptsFor: scriptsForManifest(manifest), manifest };
}

/**
 * The scripts a page needs, from a manifest's entries and imports; remembered per set of element types.
 *
 * @example
 * ```ts
 * scriptsForManifest(manifest)(["text"]); // { modules: ["main.js", "tp_text.js"], preloads: ["chunk-….js"] }
 * ```
 */
export function scriptsForManifest(manifest: ClientManifest): ClientBundle["scriptsFor"] {
  const cache = new Map<string, PageScripts>();
  const scriptsFor = (elementTypes: Iterable<string>): PageScripts => {
    const types = [...new Set(elementTypes)].sort();
    const cacheKey = types.join(" ");
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return { modules: [...cached.modules], preloads: [...cached.preloads] };
    const modules = [manifest.main];
    for (const type of types) {
      const entry = manifest.elements[type];
      if (entry !== undefined) modules.push(entry);
    }
    const preloads = new Set<string>();
    const visit = (file: string): void => {
      for (const chunk of manifest.imports[file] ?? []) {
        if (preloads.has(chunk)) continue;
        preloads.add(chunk);
        visit(chunk);
      }
    };
    modules.forEach(visit);
    for (const module of modules) preloads.delete(module);
    const scripts = { modules, preloads: [...preloads] };
    cache.set(cacheKey, scripts);
    return { modules: [...modules], preloads: [...scripts.preloads] };
  };
  return scriptsFor;
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
