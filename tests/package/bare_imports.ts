/**
 * The packages a folder of compiled modules imports, file by file: what the install-path test checks
 * against the package's declared dependencies (esbuild, tsx or TypeScript must not be among them).
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

const IMPORT = /(?:(?<!["'\w])from\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/**
 * Every bare specifier (not relative, not `node:`) imported by a `.js` file under `folder`, with the file.
 *
 * @example
 * ```ts
 * await bareImports("node_modules/tapir/dist"); // [{ file: "gui/gui.js", specifier: "hono" }, …]
 * ```
 */
export async function bareImports(folder: string): Promise<{ file: string; specifier: string }[]> {
  const found: { file: string; specifier: string }[] = [];
  for (const entry of await readdir(folder, { recursive: true })) {
    const path = join(folder, entry);
    if (!path.endsWith(".js")) continue;
    // Comments go first: tsc keeps the JSDoc, whose examples import packages too.
    const text = (await readFile(path, "utf8")).replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? "";
      if (specifier.startsWith(".") || specifier.startsWith("node:")) continue;
      found.push({ file: relative(folder, path), specifier });
    }
  }
  return found;
}

/** The package a specifier names: "hono/ws" -> "hono", "@hono/node-ws/x" -> "@hono/node-ws". */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}
