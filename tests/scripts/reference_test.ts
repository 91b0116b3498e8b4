/**
 * docs/reference/ is generated (`npm run docs`): these tests regenerate it in memory and fail when the
 * committed pages differ, or when what the pages are made of is incomplete (an element property without a
 * description, a callback without its payload, an example that does not compile, an export without an
 * example).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFile } from "node:fs/promises";
import { elementCatalogue } from "../../gui/elements/catalogue.ts";
import { sharedDefaults, sharedPropertyDocs } from "../../gui/elements/element_doc.ts";
import { compilePage } from "../../gui/page/compile_page.ts";
import { missingExamples, readDenoDocJson } from "../../scripts/api_reference_source.ts";
import { callDoc } from "../../scripts/elements_reference_source.ts";
import { denoDocJson, referencePages, repositoryRoot } from "../../scripts/reference_pages.ts";

test("docs/reference/ is current (else run npm run docs)", async () => {
  for (const [path, text] of await referencePages()) {
    const written = await readFile(new URL(path, repositoryRoot), "utf8").catch(() => "(missing)");
    assert.fixture(written, text, `${path} is stale: run npm run docs`);
  }
});

test("every element has a summary, an example, and a description of every property", () => {
  const missing: string[] = [];
  for (const element of elementCatalogue.values()) {
    if (element.doc === undefined) {
      missing.push(`${element.name}: no doc`);
      continue;
    }
    for (const name of Object.keys(element.properties)) {
      if (element.doc.properties?.[name] === undefined && sharedPropertyDocs[name] === undefined) {
        missing.push(`${element.name}.${name}: no description`);
      }
    }
  }
  assert.equal(missing, []);
});

test("every property that names a function says how it is called and with what payload", () => {
  const missing: string[] = [];
  for (const element of elementCatalogue.values()) {
    for (const [name, property] of Object.entries(element.properties)) {
      if (property.type === "function" && callDoc(element, name) === undefined) missing.push(`${element.name}.${name}`);
    }
  }
  assert.equal(missing, []);
});

test("an element's doc names only properties the element has", () => {
  const unknown: string[] = [];
  for (const element of elementCatalogue.values()) {
    const doc = element.doc;
    const named = [...Object.keys(doc?.defaults ?? {}), ...Object.keys(doc?.properties ?? {}), ...Object.keys(doc?.calls ?? {})];
    for (const name of named) if (element.properties[name] === undefined) unknown.push(`${element.name}.${name}`);
  }
  assert.equal(unknown, []);
});

test("every element's example compiles, and uses that element", () => {
  for (const element of elementCatalogue.values()) {
    const example = element.doc?.example ?? "";
    // The example's variables and callbacks are whatever names it uses.
    const names = new Set([...example.matchAll(/[A-Za-z_]\w*/g)].map((match) => match[0]));
    const functions = new Set(
      [...example.matchAll(/\|(?:on_\w+|adapter)=(\w+)/g)].map((match) => match[1] ?? ""),
    );
    const variables = new Set([...names].filter((name) => !functions.has(name)));
    let compiled;
    try {
      compiled = compilePage(example, { page: "/", variables, functions });
    } catch (error) {
      assert.unreachable(`the example of ${element.name} does not compile: ${String(error)}`);
    }
    const types = compiled?.descriptor.elements.map((descriptor) => descriptor.type) ?? [];
    // `content` is no element of the browser's: the compiler turns it into a slot.
    if (element.name !== "content") assert.ok(types.includes(element.name), `${element.name}: ${example}`);
  }
});

test("every export of tapir, tapir/builder, tapir/testing and tapir/worker has a JSDoc @example", async () => {
  const modules = readDenoDocJson(await denoDocJson());
  assert.equal(missingExamples(modules, repositoryRoot), []);
});

/**
 * The defaults the browser components use when a page gives none, read from their source:
 * `this.propNumber("min", 0)`, `this.prop("action_keys", "Enter")`, or a constant of the same file.
 */
function clientDefaults(source: string): Map<string, string> {
  const constants = new Map(
    [...source.matchAll(/^const ([A-Z_]+) = ([^;]+);$/gm)].map((match) => [match[1] ?? "", match[2] ?? ""]),
  );
  const defaults = new Map<string, string>();
  for (const match of source.matchAll(/\bprop(?:Number|Text|Boolean)?\("(\w+)", ([^)]+)\)/g)) {
    const raw = match[2]?.trim() ?? "";
    const literal = constants.get(raw) ?? raw;
    if (/^(-?\d+(\.\d+)?|true|false)$/.test(literal)) defaults.set(match[1] ?? "", literal);
    else if (/^"[^"]*"$/.test(literal)) defaults.set(match[1] ?? "", JSON.parse(literal) as string);
  }
  return defaults;
}

test("the documented defaults are the ones the browser components use", async () => {
  const differences: string[] = [];
  for (const element of elementCatalogue.values()) {
    const file = new URL(`gui/client/elements/tp_${element.name}.ts`, repositoryRoot);
    const source = await readFile(file, "utf8").catch(() => undefined);
    if (source === undefined) continue; // no browser component (content)
    for (const [name, used] of clientDefaults(source)) {
      const documented = element.doc?.defaults?.[name] ?? sharedDefaults[name];
      if (documented !== used) differences.push(`${element.name}.${name}: documented ${documented}, used ${used}`);
    }
  }
  assert.equal(differences, []);
});

test.run();
