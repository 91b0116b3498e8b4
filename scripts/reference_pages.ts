/**
 * Every page of docs/reference/, by path, as `npm run docs` writes them and the staleness test compares
 * them: the element reference from the catalogue, and the API reference from deno doc's JSON.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { elementCatalogue } from "../gui/elements/catalogue.ts";
import { apiEntryPoints, apiReferenceSource, readDenoDocJson } from "./api_reference_source.ts";
import { elementsReferenceSource } from "./elements_reference_source.ts";

/** The repository root, as a file URL ending in "/". */
export const repositoryRoot: string = new URL("../", import.meta.url).href;

/** Runs the `deno` of node_modules (the npm package in devDependencies) for `deno doc --json`. */
export function denoDocJson(): Promise<unknown> {
  const deno = fileURLToPath(new URL("node_modules/.bin/deno", repositoryRoot));
  const files = apiEntryPoints.map((entry) => entry.file);
  return new Promise((resolve, reject) => {
    execFile(
      deno,
      ["doc", "--json", ...files],
      { cwd: fileURLToPath(repositoryRoot), maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    );
  });
}

/** Every generated page: path relative to the repository root -> text. */
export async function referencePages(): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  pages.set("docs/reference/elements.md", elementsReferenceSource(elementCatalogue.values()));
  const modules = readDenoDocJson(await denoDocJson());
  const readSource = (url: string) => readFileSync(new URL(url), "utf8");
  for (const entry of apiEntryPoints) {
    const module = modules[repositoryRoot + entry.file];
    if (module === undefined) throw new Error(`deno doc documented no module ${entry.file}`);
    pages.set(`docs/reference/api/${entry.page}`, apiReferenceSource(entry, module, { root: repositoryRoot, readSource }));
  }
  return pages;
}
