/**
 * The shapes of the browser bundle as the server holds it: its files, its manifest and the scripts a page
 * needs. Types only, shared by the loader (client_assets.ts), the in-memory build (client_build.ts) and the
 * prebuilt folder (client_bundle_folder.ts), so that none of them imports another for its types.
 */

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
