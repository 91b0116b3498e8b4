/**
 * Builds the browser bundle with esbuild, in memory. Every element type is its own entry point and code
 * shared between entries (Lit, signals, the connection) goes into chunks, so a page downloads only the
 * code of the elements it shows.
 */
import type * as Esbuild from "esbuild";
import { readTextFile } from "../runtime/mod.ts";
import type { ClientAsset, ClientAssets, ClientManifest } from "./client_bundle.ts";
import { createClientAssets } from "./create_client_assets.ts";

export type { ClientAsset, ClientAssets, ClientBundle, ClientManifest, PageScripts } from "./client_bundle.ts";

const ROOT = new URL("../../", import.meta.url);
const OUT_DIR = "dist/client";
const ELEMENT_ENTRY = /^tp_(\w+)\.js$/;
/** Not imported by any entry, yet part of the result. */
const EXTRA_INPUTS = ["gui/client/tapir.css", "gui/client/elements", "gui/server/client_build.ts"];

const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  map: "application/json; charset=utf-8",
};

let activeBuilds = 0;

/**
 * Bundles `gui/client/` (entries `main.ts` and `elements/tp_*.ts`) and the default stylesheet.
 *
 * @example
 * ```ts
 * const assets = await buildClientAssets();
 * assets.files.get("main.js")?.gzip.byteLength;
 * ```
 */
export async function buildClientAssets(): Promise<ClientAssets> {
  const builtAt = Date.now();
  const root = fileUrlToPath(ROOT);
  const esbuild = await importEsbuild();
  activeBuilds++;
  let result;
  let css;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ["gui/client/main.ts", "gui/client/elements/tp_*.ts"],
      outdir: OUT_DIR,
      entryNames: "[name]",
      chunkNames: "chunk-[hash]",
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent",
      // Lit's reactive accessors must not be shadowed by class fields (see tapir_element.ts).
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, target: "es2022" } },
    });
    css = await esbuild.transform(await readTextFile(new URL("gui/client/tapir.css", ROOT)), {
      loader: "css",
      minify: true,
    });
  } finally {
    // esbuild's helper process would otherwise outlive the build (and keep Deno from exiting).
    if (--activeBuilds === 0) await esbuild.stop();
  }

  const outputs = new Map<string, Uint8Array>();
  const prefix = `${root}${OUT_DIR}/`.replaceAll("\\", "/");
  for (const file of result.outputFiles) {
    outputs.set(file.path.replaceAll("\\", "/").slice(prefix.length), file.contents);
  }
  outputs.set("tapir.css", new TextEncoder().encode(css.code));

  const manifest: ClientManifest = {
    version: 1,
    builtAt,
    inputs: [...Object.keys(result.metafile.inputs).filter((input) => !input.includes("node_modules/")), ...EXTRA_INPUTS],
    main: "main.js",
    elements: {},
    imports: {},
    files: {},
  };
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    const name = path.slice(OUT_DIR.length + 1);
    const elementType = ELEMENT_ENTRY.exec(name)?.[1];
    if (output.entryPoint !== undefined && elementType !== undefined) manifest.elements[elementType] = name;
    manifest.imports[name] = output.imports
      .filter((imported) => imported.kind === "import-statement" && !imported.external)
      .map((imported) => imported.path.slice(OUT_DIR.length + 1));
  }

  const files = new Map<string, ClientAsset>();
  for (const [name, body] of outputs) {
    const asset = await prepareAsset(name, body);
    files.set(name, asset);
    manifest.files[name] = { contentType: asset.contentType, etag: asset.etag };
  }
  return createClientAssets(manifest, files);
}

/**
 * esbuild is a development dependency: loaded only when the bundle is built from the sources, so that an
 * app running from the prebuilt bundle (every installed package) never needs it.
 */
async function importEsbuild(): Promise<typeof Esbuild> {
  try {
    return await import("esbuild");
  } catch (error) {
    throw new Error(
      "Building Tapir's client bundle from its sources needs esbuild, which could not be loaded: " +
        "install it with `npm install --save-dev esbuild`, or build the bundle once with `npm run build:client`.",
      { cause: error },
    );
  }
}

/** Adds the gzip form, content type and ETag of a file. */
async function prepareAsset(name: string, body: Uint8Array): Promise<ClientAsset> {
  const extension = name.slice(name.lastIndexOf(".") + 1);
  const contentType = CONTENT_TYPES[extension] ?? "application/octet-stream";
  const [gzip, digest] = await Promise.all([gzipBytes(body), crypto.subtle.digest("SHA-256", body.slice())]);
  const hash = [...new Uint8Array(digest).subarray(0, 12)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return { body, gzip, contentType, etag: `"${hash}"` };
}

/** Gzip through the Web-standard CompressionStream, which Node and Deno both provide. */
async function gzipBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes.slice()]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** esbuild takes paths, not URLs; `file:///C:/x` is `C:/x` on Windows. */
function fileUrlToPath(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}
