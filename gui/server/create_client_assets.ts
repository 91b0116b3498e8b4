/** A client bundle held in memory, made from a manifest and its files (what a build makes). */
import type { ClientAsset, ClientAssets, ClientManifest } from "./client_bundle.ts";
import { scriptsForManifest } from "./scripts_for_manifest.ts";

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
