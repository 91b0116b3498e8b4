/**
 * Writes docs/reference/: the element reference from the catalogue and the API reference from the JSDoc
 * of the four entry points (`npm run docs`; a test fails until the committed pages are current).
 *
 * ```sh
 * node --import tsx scripts/generate_reference.ts
 * ./node_modules/.bin/deno run -A scripts/generate_reference.ts
 * ```
 *
 * @module
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { referencePages, repositoryRoot } from "./reference_pages.ts";

for (const [path, text] of await referencePages()) {
  const target = fileURLToPath(new URL(path, repositoryRoot));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`wrote ${path}`);
}
