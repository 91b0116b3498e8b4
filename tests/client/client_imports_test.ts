/**
 * Keeps the browser code apart: it may import lit, signals, the virtualizer, sprintf-js, dompurify, echarts (its
 * tree-shakable core and renderers; chart types come as side-effect imports, which layering_test.ts
 * checks), itself and gui/protocol/, and never name a runtime.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdir, readFile } from "node:fs/promises";

const clientFolder = new URL("../../gui/client/", import.meta.url);
const ALLOWED_PACKAGES = /^(lit|lit\/[\w/.-]+|@lit-labs\/(?:signals|virtualizer(?:\/[\w/.-]+)?)|sprintf-js|dompurify|echarts\/(?:core|renderers))$/;

async function sourceFiles(folder: URL): Promise<URL[]> {
  const files: URL[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) files.push(...(await sourceFiles(new URL(`${entry.name}/`, folder))));
    else if (entry.name.endsWith(".ts")) files.push(new URL(entry.name, folder));
  }
  return files;
}

test("browser code imports only its own files, gui/protocol/ and its chosen packages", async () => {
  const protocolFolder = new URL("../../gui/protocol/", import.meta.url).href;
  const problems: string[] = [];
  for (const file of await sourceFiles(clientFolder)) {
    const source = await readFile(file, "utf8");
    for (const match of source.matchAll(/^\s*(?:import|export)[^"']*?from\s+["']([^"']+)["']/gm)) {
      const specifier = match[1] ?? "";
      const name = file.href.slice(clientFolder.href.length);
      if (specifier.startsWith(".")) {
        const target = new URL(specifier, file).href;
        if (!target.startsWith(clientFolder.href) && !target.startsWith(protocolFolder)) {
          problems.push(`${name} imports ${specifier}`);
        }
      } else if (!ALLOWED_PACKAGES.test(specifier)) {
        problems.push(`${name} imports package ${specifier}`);
      }
    }
    if (/\bDeno\.|\bprocess\.|["']node:/.test(source)) problems.push(`${file.href} names a runtime`);
  }
  assert.equal(problems, []);
});

test.run();
