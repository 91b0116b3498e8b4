import { test } from "uvu";
import * as assert from "uvu/assert";
import { el, page } from "../../gui/builder/mod.ts";
import { blockNames, elementCatalogue, elementNames } from "../../gui/elements/catalogue.ts";
import { TemplateSyntaxError } from "../../gui/errors.ts";
import { compilePage } from "../../gui/page/compile_page.ts";
import { compilePageTree } from "../../gui/page/compile_page_tree.ts";
import type { CompiledPage } from "../../gui/page/compiled_page.ts";
import { readTextFile } from "../../gui/runtime/mod.ts";
import type { PageNode } from "../../gui/template/page_tree.ts";
import { parsePage } from "../../gui/template/parse_page.ts";
import { Gui } from "../../mod.ts";
import { builderTypesSource } from "../../scripts/builder_types_source.ts";

const options = {
  page: "home",
  variables: new Set(["x", "items", "open", "name"]),
  functions: new Set(["save"]),
};

/** The elements of a tree with their properties and children, without positions or Markdown's HTML. */
function skeleton(nodes: readonly PageNode[]): unknown[] {
  return nodes.flatMap((node) =>
    node.kind === "html" ? [] : [{
      type: node.type,
      defaultValue: node.defaultValue?.value,
      properties: node.properties.map((property) => [property.name, property.value]),
      children: node.children === undefined ? undefined : skeleton(node.children),
    }]
  );
}

const parse = (markdown: string) => parsePage(markdown, { page: "home", elementNames, blockNames });
const compiledParts = (compiled: CompiledPage) => ({
  elements: compiled.descriptor.elements,
  bindings: [...compiled.bindings.keys()],
  writable: [...compiled.writable.keys()],
  actions: [...compiled.actions],
});

const pairs: [string, ReturnType<typeof page>, string][] = [
  [
    "a default value and typed properties",
    page((b) => b.slider("{x}", { min: 0, max: 10, step: 0.5 })),
    "<|{x}|slider|min=0|max=10|step=0.5|>",
  ],
  [
    "booleans as bare and negated names",
    page((b) => b.slider({ value: "{x}", continuous: false, active: true })),
    "<|slider|value={x}|not continuous|active|>",
  ],
  [
    "a list",
    page((b) => b.selector("{name}", { lov: ["A", "B", "C"], dropdown: true })),
    "<|{name}|selector|lov=A;B;C|dropdown|>",
  ],
  [
    "a pipe in a value",
    page((b) => b.button("a|b", { on_action: "save" })),
    "<|a\\|b|button|on_action=save|>",
  ],
  [
    "nested blocks with children as a function and as values",
    page((b) => {
      b.layout({ columns: "1 2" }, (b) => {
        b.part("card", [el.text("{x * 2}"), el.button("Save", { on_action: "save" })]);
        b.expandable("More", { expanded: "{open}" }, (b) => b.text("{name}", { mode: "pre" }));
      });
    }),
    "<|layout|columns=1 2|\n<|card|part|\n<|{x * 2}|text|>\n<|Save|button|on_action=save|>\n|>\n<|More|expandable|expanded={open}|\n<|{name}|text|mode=pre|>\n|>\n|>",
  ],
  [
    "element values composed as data",
    page(el.text("{x}"), el.number("{x}", { min: 1 })),
    "<|{x}|>\n\n<|{x}|number|min=1|>",
  ],
];

for (const [what, built, markdown] of pairs) {
  test(`page() builds the same tree as Markdown: ${what}`, () => {
    assert.equal(skeleton(built.tree.children), skeleton(parse(markdown).children));
    const fromBuilder = compilePageTree(built.tree, { ...options, source: built.source });
    assert.equal(compiledParts(fromBuilder), compiledParts(compilePage(markdown, options)));
  });
}

test("page() writes the page as Markdown, and that Markdown parses to the same tree", () => {
  const built = page((b) => {
    b.markdown("# Title");
    b.slider("{x}", { min: 0 });
    b.part({ class_name: "card" }, (b) => b.text("{name}"));
  });
  assert.is(
    built.source,
    "# Title\n\n<|{x}|slider|min=0|>\n\n<|part|class_name=card|\n\n<|{name}|text|>\n\n|>\n",
  );
  assert.equal(skeleton(built.tree.children), skeleton(parse(built.source).children));
});

test("compiling a builder page reports faults at their line and column of its Markdown", () => {
  const built = page((b) => {
    b.markdown("# Title");
    b.slider("{x}", { min: "{nope}" });
  });
  let caught: unknown;
  try {
    compilePageTree(built.tree, { ...options, source: built.source });
  } catch (error) {
    caught = error;
  }
  assert.instance(caught, TemplateSyntaxError);
  const error = caught as TemplateSyntaxError;
  assert.equal([error.page, error.line, error.column, error.reason], [
    "home",
    3,
    19,
    'Unknown variable "nope"',
  ]);
  assert.match(error.message, /<\|\{x\}\|slider\|min=\{nope\}\|>/);
});

test("markdown() in a builder page reports its syntax errors in the page's Markdown", () => {
  assert.throws(
    () =>
      page((b) => {
        b.text("{x}");
        b.markdown("Fine\n\n<|{x}|slidr|>");
      }),
    (error: unknown) =>
      error instanceof TemplateSyntaxError && error.line === 5 && /slidr/.test(error.message),
  );
});

test("the builder refuses what Markdown could not say", () => {
  assert.throws(() => el.element("slidr"), /Unknown element "slidr" \(did you mean "slider"\?\)/);
  assert.throws(() => el.element("text", "{x}", {}, []), /"text" is not a block/);
  assert.throws(() => el.selector({ lov: ["a;b"] }), /contains ";"/);
  assert.throws(() => el.slider({ min: Number.NaN }), /not a finite number/);
  assert.throws(() => el.html("\u0000"), /U\+0000/);
});

test("a builder page runs in a Gui like a Markdown page", async () => {
  const gui = new Gui({
    pages: {
      "/": page((b) => {
        b.navbar();
        b.content();
      }),
      home: page((b) => b.slider("{x}", { min: 0 })),
    },
    state: { x: 4 },
  });
  await gui.run({ port: 0, quiet: true });
  try {
    const html = await (await fetch(new URL("/home", gui.url))).text();
    assert.match(
      html,
      /<tp-navbar data-tp="0"[^>]*><\/tp-navbar><div class="tapir-content" data-tp-slot="content"><tp-slider data-tp="1"/,
    );
  } finally {
    await gui.stop();
  }
});

test("gui/builder/element_types.ts is current (else run scripts/generate_builder_types.ts)", async () => {
  const written = await readTextFile(new URL("../../gui/builder/element_types.ts", import.meta.url));
  assert.fixture(written, builderTypesSource(elementCatalogue.values()));
});

// Never called: tsc and deno check fail the build if the builder's types stop catching these.
export function typeChecks(): void {
  // @ts-expect-error a misspelt property
  el.slider({ mn: 0 });
  // @ts-expect-error a number property takes a number or a binding
  el.slider({ min: "ten" });
  // @ts-expect-error a property outside its choices
  el.text("{x}", { mode: "fancy" });
  // @ts-expect-error an inline element takes no children
  el.button("Go", {}, []);
  el.slider({ min: "{low}", "width[mobile]": "100%" });
  page((b) => b.layout("1 1", (b) => b.part(() => {})));
}

test.run();
