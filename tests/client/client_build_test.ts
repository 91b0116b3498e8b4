import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildClientAssets } from "../../gui/server/client_build.ts";
import type { ClientAssets } from "../../gui/server/client_build.ts";

let built: Promise<ClientAssets> | undefined;
/** One build shared by the tests of this file. */
const assets = (): Promise<ClientAssets> => (built ??= buildClientAssets());
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

test("buildClientAssets() produces main.js, one script per element type and the stylesheet", async () => {
  const { files, manifest } = await assets();
  for (const name of ["main.js", "tp_text.js", "tp_button.js", "tp_slider.js", "tapir.css"]) {
    assert.ok(files.has(name), `${name} is missing`);
  }
  assert.is(manifest.elements["text"], "tp_text.js");
  assert.is(files.get("main.js")?.contentType, "text/javascript; charset=utf-8");
  assert.is(files.get("tapir.css")?.contentType, "text/css; charset=utf-8");
});

test("buildClientAssets() gives each file a quoted ETag that follows its content", async () => {
  const { files } = await assets();
  const etags = [...files.values()].map((file) => file.etag);
  for (const etag of etags) assert.match(etag, /^"[0-9a-f]{24}"$/);
  assert.is(new Set(etags).size, etags.length);
});

test("buildClientAssets() gzips: the large files shrink and decompress to the original", async () => {
  const { files } = await assets();
  const largest = [...files.values()].sort((a, b) => b.body.byteLength - a.body.byteLength)[0];
  if (largest === undefined) throw new Error("no files");
  assert.ok(largest.gzip.byteLength < largest.body.byteLength / 2);
  const stream = new Blob([largest.gzip.slice()]).stream().pipeThrough(new DecompressionStream("gzip"));
  const unzipped = new Uint8Array(await new Response(stream).arrayBuffer());
  assert.equal(unzipped, largest.body);
});

test("scriptsFor() gives a text-only page main.js and tp_text.js but no other element's code", async () => {
  const { files, scriptsFor } = await assets();
  const { modules, preloads } = scriptsFor(["text"]);
  assert.equal(modules, ["main.js", "tp_text.js"]);
  for (const name of [...modules, ...preloads]) {
    const code = decode(files.get(name)?.body);
    assert.ok(code.length > 0, `${name} is not a file of the bundle`);
    for (const other of ["tp-slider", "tp-input", "tp-toggle", "tp-button", "tp-number"]) {
      assert.not.ok(code.includes(other), `${name} carries ${other}`);
    }
  }
});

test("scriptsFor() preloads every chunk its modules import, and nothing twice", async () => {
  const { scriptsFor, manifest } = await assets();
  const { modules, preloads } = scriptsFor(["slider", "text", "slider"]);
  assert.equal(modules, ["main.js", "tp_slider.js", "tp_text.js"]);
  assert.is(new Set(preloads).size, preloads.length);
  for (const name of [...modules, ...preloads]) {
    for (const imported of manifest.imports[name] ?? []) assert.ok(preloads.includes(imported), imported);
  }
});

test("scriptsFor() skips element types that have no browser code", async () => {
  const { scriptsFor } = await assets();
  assert.equal(scriptsFor(["no_browser_code", "text"]).modules, ["main.js", "tp_text.js"]);
});

test("a text-only page downloads under 50 KB of gzipped script", async () => {
  const { files, scriptsFor } = await assets();
  const { modules, preloads } = scriptsFor(["text"]);
  const bytes = [...modules, ...preloads].reduce((sum, name) => sum + (files.get(name)?.gzip.byteLength ?? 0), 0);
  assert.ok(bytes < 50 * 1024, `${bytes} bytes`);
});

test("DOMPurify is its own chunk, loaded on demand: a text-only page neither loads nor preloads it", async () => {
  const { files, scriptsFor } = await assets();
  // DOMPurify names its own version in its code: that string marks the chunk that carries it.
  const carriers = [...files].filter(([name, file]) => name.endsWith(".js") && decode(file.body).includes("DOMPurify"));
  assert.is(carriers.length, 1, `DOMPurify in ${carriers.map(([name]) => name).join(", ")}`);
  const [chunk = ""] = carriers[0] ?? [];
  const { modules, preloads } = scriptsFor(["text"]);
  assert.not.ok([...modules, ...preloads].includes(chunk), `${chunk} is loaded by a text-only page`);
  assert.ok(decode(files.get("tp_text.js")?.body).includes(chunk), "tp_text.js imports it when it shows Markdown");
});

test("the manifest lists the client sources as inputs, but not node_modules", async () => {
  const { manifest } = await assets();
  assert.ok(manifest.inputs.includes("gui/client/store.ts"));
  assert.ok(manifest.inputs.includes("gui/client/tapir.css"));
  assert.not.ok(manifest.inputs.some((input) => input.includes("node_modules")));
});

test.run();
