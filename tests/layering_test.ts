/**
 * Keeps the architecture true (see docs/ARCHITECTURE.md):
 * - only gui/runtime/ names Deno, `node:*` modules, `process`, or the runtime-specific Hono adapters;
 * - the browser code (gui/client/) imports only itself, gui/protocol/ and its few npm packages;
 * - the pure layers (gui/protocol/, gui/template/) import nothing from server, state or runtime.
 *
 * Each violation is reported as `file:line: what`.
 */

import { readdir, readFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = fileURLToPath(new URL("..", import.meta.url));

interface SourceFile {
  /** Path from the repository root, with `/` separators. */
  path: string;
  text: string;
}

interface Found {
  line: number;
  value: string;
}

/** The source files below `folder` (none if it does not exist yet). */
async function sourceFiles(folder: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (/\.(ts|js|mjs)$/.test(entry.name)) {
      files.push({ path, text: await readFile(join(root, path), "utf8") });
    }
  }
  return files;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;

/** Blanks out comments (and, if asked, quoted strings), keeping offsets so line numbers stay right. */
function blankOut(text: string, strings: boolean): string {
  const blank = (match: string): string => match.replace(/[^\n]/g, " ");
  return text.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g,
    (match) => match.startsWith("/") || strings ? blank(match) : match,
  );
}

/** Every module specifier imported or re-exported, statically or dynamically. */
function importSpecifiers(text: string): Found[] {
  const code = blankOut(text, false);
  const pattern =
    /\b(?:import|export)\s[^;'"]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => ({
    line: lineAt(code, match.index),
    value: match[1] ?? match[2] ?? match[3] ?? "",
  }));
}

/** Every mention of `Deno.` or `process.` in code (comments and plain strings do not count). */
function runtimeGlobals(text: string): Found[] {
  const code = blankOut(text, true);
  return [...code.matchAll(/\b(Deno|process)\s*\./g)].map((match) => ({
    line: lineAt(code, match.index),
    value: `${match[1] ?? ""}.`,
  }));
}

const runtimeModules = new Set(["@hono/node-server", "@hono/node-ws", "hono/deno"]);

function isRuntimeSpecific(specifier: string): boolean {
  const packageName = specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
  return specifier.startsWith("node:") || builtinModules.includes(specifier) ||
    runtimeModules.has(specifier) ||
    runtimeModules.has(packageName);
}

/** Where a relative specifier points, from the repository root; undefined for a package. */
function resolveLocal(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return relative(root, join(root, dirname(file), specifier)).split(sep).join("/");
}

test("importSpecifiers() finds static, dynamic, side-effect and re-export imports, not comments", () => {
  const text = [
    'import { a } from "./a.ts";',
    "import type {",
    "  B,",
    '} from "../b.ts";',
    'export { c } from "lit";',
    'const d = await import("./d.ts");',
    'import "./side.ts";',
    '// import { e } from "./commented.ts";',
  ].join("\n");
  assert.equal(importSpecifiers(text), [
    { line: 1, value: "./a.ts" },
    { line: 2, value: "../b.ts" },
    { line: 5, value: "lit" },
    { line: 6, value: "./d.ts" },
    { line: 7, value: "./side.ts" },
  ]);
});

test("runtimeGlobals() finds Deno. and process. in code but not in comments or strings", () => {
  const text = [
    "const a = Deno.args;",
    "// the process. ends",
    'const b = "process.";',
    "if (process .env.X) {}",
  ].join("\n");
  assert.equal(runtimeGlobals(text), [{ line: 1, value: "Deno." }, { line: 4, value: "process." }]);
});

test("only gui/runtime/ names Deno, node:* modules, process, or runtime-specific Hono adapters", async () => {
  const problems: string[] = [];
  for (const file of await sourceFiles("gui")) {
    if (file.path.startsWith("gui/runtime/")) continue;
    for (const found of runtimeGlobals(file.text)) {
      problems.push(`${file.path}:${found.line}: names ${found.value} (use gui/runtime/ instead)`);
    }
    for (const found of importSpecifiers(file.text)) {
      if (isRuntimeSpecific(found.value)) {
        problems.push(`${file.path}:${found.line}: imports "${found.value}" (use gui/runtime/ instead)`);
      }
    }
  }
  assert.equal(problems.sort(), []);
});

test("gui/client/ imports only gui/client/, gui/protocol/, lit, @lit-labs/*, sprintf-js, dompurify and echarts", async () => {
  const allowedPackage = (specifier: string): boolean =>
    /^(lit|lit\/.+|@lit-labs\/.+|sprintf-js|dompurify|echarts\/(core|renderers|lib\/(chart|component)\/\w+\.js))$/.test(specifier);
  const problems: string[] = [];
  for (const file of await sourceFiles("gui/client")) {
    for (const found of importSpecifiers(file.text)) {
      const target = resolveLocal(file.path, found.value);
      const allowed = target === undefined
        ? allowedPackage(found.value)
        : target.startsWith("gui/client/") || target.startsWith("gui/protocol/");
      if (!allowed) problems.push(`${file.path}:${found.line}: browser code imports "${found.value}"`);
    }
  }
  assert.equal(problems.sort(), []);
});

test("gui/protocol/ and gui/template/ import nothing from server, state or runtime", async () => {
  const forbidden = ["gui/server/", "gui/state/", "gui/runtime/"];
  const problems: string[] = [];
  for (const folder of ["gui/protocol", "gui/template"]) {
    for (const file of await sourceFiles(folder)) {
      for (const found of importSpecifiers(file.text)) {
        const target = resolveLocal(file.path, found.value) ?? "";
        if (forbidden.some((prefix) => target.startsWith(prefix))) {
          problems.push(`${file.path}:${found.line}: pure code imports "${found.value}"`);
        }
      }
    }
  }
  assert.equal(problems.sort(), []);
});

test.run();
