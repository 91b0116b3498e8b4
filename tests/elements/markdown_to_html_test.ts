import { test } from "uvu";
import * as assert from "uvu/assert";
import { isSafeUrl, markdownToHtml } from "../../gui/elements/markdown_to_html.ts";

test("markdownToHtml() renders Markdown", () => {
  assert.is(
    markdownToHtml("# Title\n\n*hi* [docs](https://taipy.io)"),
    '<h1>Title</h1>\n<p><em>hi</em> <a href="https://taipy.io">docs</a></p>\n',
  );
});

test("markdownToHtml() shows raw HTML in the value as text", () => {
  const html = markdownToHtml('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  assert.not.match(html, /<img|<script/);
  assert.match(html, /&lt;script&gt;/);
});

test("markdownToHtml() leaves out links and images with unsafe schemes", () => {
  for (
    const url of [
      "javascript:alert(1)",
      "JaVa&#115;cript:alert(1)",
      "vbscript:x",
      "data:text/html,x",
      "file:///etc",
    ]
  ) {
    const html = markdownToHtml(`[a](${url}) ![b](${url})`);
    assert.not.match(html, /href=|src=/, url);
  }
  assert.match(markdownToHtml("[mail](mailto:a@b.c) [rel](/page2)"), /href="mailto:a@b.c".*href="\/page2"/);
});

test("markdownToHtml() renders nothing for null, and other values as their text", () => {
  assert.equal([markdownToHtml(null), markdownToHtml(3)], ["", "<p>3</p>\n"]);
});

test("isSafeUrl() allows web, mail, phone and relative addresses only", () => {
  assert.equal(
    ["https://a", "mailto:x", "/p", "#top", "page?a=b:c", " JAVASCRIPT:x", "data:x"].map(isSafeUrl),
    [
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ],
  );
});

test.run();
