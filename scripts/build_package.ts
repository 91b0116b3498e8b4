/**
 * Builds the package's modules into dist/ (`npm run build:package`; `npm run build` also builds the
 * client bundle first): tsc writes the declarations (`.d.ts` and their maps) of the public modules
 * (`mod.ts`, `worker.ts`, `tapir/builder`, `tapir/testing`) and everything they import; esbuild writes
 * their JavaScript as ES modules for Node 20 and Deno, one file per entry plus shared chunks, with
 * packages left as imports. One file instead of some 200 small modules is about 100 ms of every start
 * (see BENCHMARKS.md, "compiled package"). The old output goes first, so nothing stale is packed.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import process from "node:process";
import * as esbuild from "esbuild";

const root = new URL("..", import.meta.url);
/** Bundled into the package's JavaScript (with what they import) rather than left as imports. */
const BUNDLED_PACKAGES = ["markdown-it", "mdurl", "uc.micro", "entities", "linkify-it", "punycode.js", "jsep"];

/** Leaves every package import as it is, except those of `bundled` (and their subpaths). */
function externalPackagesExcept(bundled: string[]): esbuild.Plugin {
  return {
    name: "external-packages-except",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
        const bundle = bundled.some((name) => path === name || path.startsWith(`${name}/`));
        return bundle ? undefined : { path, external: true };
      });
    },
  };
}
const dist = new URL("../dist/", import.meta.url);
for (const stale of ["gui", "chunks", "mod.js", "mod.js.map", "mod.d.ts", "mod.d.ts.map", "worker.js", "worker.js.map", "worker.d.ts", "worker.d.ts.map"]) {
  await rm(new URL(stale, dist), { recursive: true, force: true });
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const declarations = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
if (declarations.status !== 0) {
  console.error("tsc -p tsconfig.build.json failed: the package's declarations were not written (see above).");
  process.exit(1);
}

await esbuild.build({
  absWorkingDir: decodeURIComponent(root.pathname),
  entryPoints: {
    "mod": "mod.ts",
    "worker": "worker.ts",
    "gui/builder/mod": "gui/builder/mod.ts",
    "gui/testing": "gui/testing.ts",
    // An entry of its own so that it stays at dist/gui/server/: it finds the client bundle (dist/client/)
    // relative to its own URL.
    "gui/server/client_assets": "gui/server/client_assets.ts",
  },
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  // Shared modules become chunks; the runtime adapters, loaded by dynamic import, become chunks of their
  // own, so the Deno adapter (which imports hono/deno) is never evaluated on Node.
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Packages stay imports, except the Markdown parser and the expression parser: internal to Tapir, and
  // as one bundled file they load faster than their ~20 modules resolved one by one (see BENCHMARKS.md,
  // "Start: listening under 0.3 s"). They stay dependencies: the declarations refer to their types.
  plugins: [externalPackagesExcept(BUNDLED_PACKAGES)],
  sourcemap: true,
  logLevel: "warning",
});
console.log("Built the package: JavaScript and declarations in dist/.");
