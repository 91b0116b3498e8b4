/**
 * Compiles the tutorial's receiver and sender to plain JavaScript for Node (`npm run build:node`), so that
 * Node starts them without a TypeScript loader: `node dist/node/receiver.js`. Packages stay external (they
 * load from node_modules); Tapir's own modules become one file each, which is most of Node's start cost
 * when they are loaded through tsx one by one.
 */
import * as esbuild from "esbuild";

await esbuild.build({
  entryPoints: { receiver: "examples/receiver.ts", sender: "examples/sender.ts" },
  outdir: "dist/node",
  bundle: true,
  // The runtime adapters are loaded by dynamic import; as chunks of their own, the Deno adapter (which
  // imports hono/deno at its top) is never evaluated on Node.
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
console.log("Compiled dist/node/receiver.js and dist/node/sender.js");
