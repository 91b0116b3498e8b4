/**
 * Writes the browser bundle to dist/client/ (each file, its .gz twin, and manifest.json), so that servers
 * start without building. Servers rebuild in memory on their own when the sources are newer.
 *
 *   node --import tsx scripts/build_client.ts
 *   deno run -A scripts/build_client.ts
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { buildClientAssets } from "../gui/server/client_build.ts";

const dist = new URL("../dist/client/", import.meta.url);
const assets = await buildClientAssets();

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
for (const [name, asset] of assets.files) {
  await writeFile(new URL(name, dist), asset.body);
  await writeFile(new URL(`${name}.gz`, dist), asset.gzip);
}
// Last, so that a server starting mid-build never takes a half-written folder.
await writeFile(new URL("manifest.json", dist), JSON.stringify(assets.manifest, null, 2) + "\n");

const textPage = assets.scriptsFor(["text"]);
const textPageBytes = [...textPage.modules, ...textPage.preloads]
  .reduce((sum, name) => sum + (assets.files.get(name)?.gzip.byteLength ?? 0), 0);
console.log(
  `Client bundle: ${assets.files.size} files in dist/client/; ` +
    `a text-only page loads ${(textPageBytes / 1024).toFixed(1)} KB of gzipped script.`,
);
