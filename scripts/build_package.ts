/**
 * Compiles the public modules (`mod.ts`, `worker.ts`, `tapir/builder`, `tapir/testing`) and everything they
 * import to ES modules with declarations in dist/ (`npm run build:package`; `npm run build` also builds the
 * client bundle first). tsc rewrites the sources' `.ts` imports to `.js`, so the package runs on plain Node
 * and on Deno's `npm:` specifier without a TypeScript loader. The old output goes first, so a deleted
 * source never leaves a stale module in the package.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import process from "node:process";

const dist = new URL("../dist/", import.meta.url);
for (const stale of ["gui", "mod.js", "mod.js.map", "mod.d.ts", "mod.d.ts.map", "worker.js", "worker.js.map", "worker.d.ts", "worker.d.ts.map"]) {
  await rm(new URL(stale, dist), { recursive: true, force: true });
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: new URL("..", import.meta.url),
  stdio: "inherit",
});
if (result.status !== 0) {
  console.error("tsc -p tsconfig.build.json failed: the package was not compiled (see the errors above).");
  process.exit(1);
}
console.log("Compiled the package modules and their declarations into dist/.");
