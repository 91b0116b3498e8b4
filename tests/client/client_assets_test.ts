import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadClientAssets } from "../../gui/server/client_assets.ts";
import { createClientAssets } from "../../gui/server/create_client_assets.ts";
import type { ClientAssets, ClientManifest } from "../../gui/server/client_bundle.ts";
import { buildClientAssets } from "../../gui/server/client_build.ts";

const manifest: ClientManifest = {
  version: 1,
  builtAt: 0,
  inputs: [],
  main: "main.js",
  elements: { text: "tp_text.js", slider: "tp_slider.js" },
  imports: {
    "main.js": ["chunk-core.js"],
    "tp_text.js": ["chunk-format.js", "chunk-core.js"],
    "tp_slider.js": ["chunk-format.js", "chunk-slider.js"],
    "chunk-format.js": ["chunk-sprintf.js"],
  },
  files: {},
};

test("createClientAssets().scriptsFor() follows chunk imports transitively", () => {
  const { scriptsFor } = createClientAssets(manifest, new Map());
  assert.equal(scriptsFor(["text"]), {
    modules: ["main.js", "tp_text.js"],
    preloads: ["chunk-core.js", "chunk-format.js", "chunk-sprintf.js"],
  });
});

test("createClientAssets().scriptsFor() orders types and ignores duplicates and unknown types", () => {
  const { scriptsFor } = createClientAssets(manifest, new Map());
  const scripts = scriptsFor(["text", "layout", "slider", "text"]);
  assert.equal(scripts.modules, ["main.js", "tp_slider.js", "tp_text.js"]);
  assert.equal(scripts.preloads.sort(), ["chunk-core.js", "chunk-format.js", "chunk-slider.js", "chunk-sprintf.js"]);
});

test("createClientAssets().scriptsFor() answers repeated calls with fresh arrays", () => {
  const { scriptsFor } = createClientAssets(manifest, new Map());
  scriptsFor(["text"]).modules.push("mutated.js");
  assert.equal(scriptsFor(["text"]).modules, ["main.js", "tp_text.js"]);
});

test("loadClientAssets() returns a complete bundle, from dist/client or built in memory", async () => {
  const assets = await loadClientAssets();
  assert.ok(await assets.read("main.js"));
  assert.ok(await assets.read("tapir.css"));
  for (const name of Object.keys(assets.manifest.files)) assert.ok((await assets.read(name))?.gzip.byteLength);
  assert.is(await assets.read("absent.js"), undefined);
});

/** Writes a bundle the way scripts/build_client.ts does, with the manifest changed by `edit`. */
async function writeBundle(assets: ClientAssets, edit: (manifest: ClientManifest) => ClientManifest): Promise<URL> {
  const folder = pathToFileURL(`${await mkdtemp(join(tmpdir(), "tapir-client-"))}/`);
  for (const [name, asset] of assets.files) {
    await writeFile(new URL(name, folder), asset.body);
    await writeFile(new URL(`${name}.gz`, folder), asset.gzip);
  }
  await writeFile(new URL("manifest.json", folder), JSON.stringify(edit(assets.manifest)));
  return folder;
}

test("loadClientAssets() takes a prebuilt bundle newer than its sources", async () => {
  const built = await buildClientAssets();
  const folder = await writeBundle(built, (manifest) => manifest);
  try {
    const loaded = await loadClientAssets({ folder });
    assert.is(loaded.manifest.builtAt, built.manifest.builtAt);
    assert.equal((await loaded.read("main.js"))?.gzip, built.files.get("main.js")?.gzip);
    assert.equal(loaded.scriptsFor(["text"]), built.scriptsFor(["text"]));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("loadClientAssets() rebuilds when a source is newer than the prebuilt bundle", async () => {
  const built = await buildClientAssets();
  const folder = await writeBundle(built, (manifest) => ({ ...manifest, builtAt: 0 }));
  try {
    const loaded = await loadClientAssets({ folder });
    assert.ok(loaded.manifest.builtAt > 0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("loadClientAssets() rebuilds when the prebuilt bundle lacks a file", async () => {
  const built = await buildClientAssets();
  const folder = await writeBundle(built, (manifest) => ({
    ...manifest,
    files: { ...manifest.files, "gone.js": { contentType: "text/javascript", etag: '"x"' } },
  }));
  try {
    const loaded = await loadClientAssets({ folder });
    assert.not.ok("gone.js" in loaded.manifest.files, "the bundle was rebuilt at start");
    assert.is(await loaded.read("gone.js"), undefined);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("loadClientAssets() rebuilds when a prebuilt file lacks its gzip twin", async () => {
  const built = await buildClientAssets();
  const folder = await writeBundle(built, (manifest) => manifest);
  try {
    await rm(new URL("tapir.css.gz", folder));
    const loaded = await loadClientAssets({ folder });
    assert.is.not(loaded.manifest.builtAt, built.manifest.builtAt, "the bundle was rebuilt at start");
    assert.ok((await loaded.read("tapir.css"))?.gzip.byteLength);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("loadClientAssets() reads a prebuilt file on its first request and keeps it", async () => {
  const built = await buildClientAssets();
  const folder = await writeBundle(built, (manifest) => manifest);
  try {
    const loaded = await loadClientAssets({ folder });
    // Changed after the start: a file read before listening would still hold the first bytes.
    const later = new TextEncoder().encode("/* written after the start */");
    await writeFile(new URL("tapir.css", folder), later);
    assert.equal((await loaded.read("tapir.css"))?.body, later);
    await writeFile(new URL("tapir.css", folder), "/* written after the first request */");
    assert.equal((await loaded.read("tapir.css"))?.body, later, "the first read is kept");
    assert.is((await loaded.read("tapir.css"))?.etag, built.manifest.files["tapir.css"]?.etag);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test.run();
