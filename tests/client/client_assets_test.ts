import { test } from "uvu";
import * as assert from "uvu/assert";
import { createClientAssets, loadClientAssets } from "../../gui/server/client_assets.ts";
import type { ClientManifest } from "../../gui/server/client_assets.ts";

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
  assert.ok(assets.files.has("main.js"));
  assert.ok(assets.files.has("tapir.css"));
  for (const name of Object.keys(assets.manifest.files)) assert.ok(assets.files.get(name)?.gzip.byteLength);
});

test.run();
