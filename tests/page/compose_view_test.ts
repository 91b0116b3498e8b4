import { test } from "uvu";
import * as assert from "uvu/assert";
import { compilePage } from "../../gui/page/compile_page.ts";
import type { CompilePageOptions } from "../../gui/page/compile_page.ts";
import { bareFrame, composeView, withContentSlot } from "../../gui/page/compose_view.ts";

const options = (page: string, extra: Partial<CompilePageOptions> = {}): CompilePageOptions => ({
  page,
  variables: new Set(["x", "y"]),
  functions: new Set(["save"]),
  ...extra,
});

const root = compilePage(
  "<|Save|button|on_action=save|>\n\n<|content|>\n\n<|part|partial=side|>\n",
  options("/"),
);
const about = compilePage(
  "## About\n\n<|{y}|input|>\n\n<|Save|button|on_action=save|>\n",
  options("about", { firstIndex: 2 }),
);

test("compilePage() turns <|content|> and a part's partial into slots, out of their paragraphs", () => {
  assert.equal(root.slots?.map((slot) => slot.kind), ["content", "partial"]);
  assert.match(root.html, /<div class="tapir-content" data-tp-slot="content">\u00000\u0000<\/div>/);
  assert.match(
    root.html,
    /<tp-part data-tp="1" class="taipy-part"><div class="tapir-partial" data-tp-slot="partial">\u00001\u0000/,
  );
  assert.not.match(root.html, /<p><div/);
  assert.equal(root.descriptor.elements[1]?.props, {}, "partial is not a property the browser sees");
});

test("compilePage() numbers a page's elements from firstIndex", () => {
  assert.match(about.html, /<tp-input data-tp="2"/);
  assert.equal([...about.actions.keys()], [2, 3]);
  assert.is(about.descriptor.elements.length, 2);
});

test("composeView() puts the page in the content slot and numbers the partial after it", () => {
  const side = (first: number) =>
    compilePage("Side <|{x}|>", options("partial side", { firstIndex: first, partial: true }));
  const view = composeView("about", root, about, (name, first) => name === "side" ? side(first) : undefined);
  assert.equal(view.descriptor.elements.map((element) => element.type), [
    "button",
    "part",
    "input",
    "button",
    "text",
  ]);
  assert.equal([...view.actions.keys()], [0, 2, 3]);
  assert.equal([...view.writable.keys()], ["y"]);
  assert.equal(view.dependents.get("x"), ["x"]);
  assert.equal(view.slotHtml.length, 2);
  assert.match(view.slotHtml[0] ?? "", /^<h2>About<\/h2>/);
  assert.match(view.slotHtml[1] ?? "", /<tp-text data-tp="4"/);
  assert.ok(view.html.includes(`data-tp-slot="content">${view.slotHtml[0]}</div>`));
  assert.not.match(view.html, /\u0000/);
});

test("withContentSlot() adds a content slot after a root page that has none; bareFrame() is only that", () => {
  const frame = withContentSlot(compilePage("# Frame", options("/")));
  assert.match(
    frame.html,
    /<h1>Frame<\/h1>\n<div class="tapir-content" data-tp-slot="content">\u00000\u0000<\/div>$/,
  );
  assert.is(withContentSlot(root), root);
  const view = composeView(
    "about",
    bareFrame(),
    compilePage("Hi <|{x}|>", options("about")),
    () => undefined,
  );
  assert.is(
    view.html,
    '<div class="tapir-content" data-tp-slot="content"><p>Hi <tp-text data-tp="0" class="taipy-text"></tp-text></p>\n</div>',
  );
});

test("compilePage() refuses <|content|> outside the root page and partials in a partial", () => {
  assert.throws(() => compilePage("<|content|>", options("about")), /can only stand in the root page/);
  assert.throws(() => compilePage("<|content|>\n\n<|content|>", options("/")), /more than one <\|content\|>/);
  assert.throws(() => compilePage("<|content|id=x|>", options("/")), /takes no properties/);
  assert.throws(
    () => compilePage("<|part|partial=a|>", options("p", { partial: true })),
    /cannot show another partial/,
  );
  assert.throws(() => compilePage("<|part|partial=a b|>", options("p")), /must name a partial/);
});

test.run();
