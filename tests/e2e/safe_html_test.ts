/**
 * The browser's sanitiser (gui/client/safe_html.ts, DOMPurify) in real Chromium, fed markup the server
 * would never send: only Markdown's tags survive, each with its own attributes, and links and images
 * only to web, mail, phone or relative addresses.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as esbuild from "esbuild";
import type { Page } from "playwright-core";
import { useBrowser } from "./open_tab.ts";

/** Markup -> what the sanitiser keeps, as HTML. */
const CASES: [string, string][] = [
  ['<p onclick="x()">Hi <script>x()</script></p>', "<p>Hi </p>"],
  ['<a href="javascript:alert(1)" title="t" class="c">x</a>', '<a title="t">x</a>'],
  ['<a href=" JAVAScript:alert(1)">x</a>', "<a>x</a>"],
  ['<a href="https://example.com/a" target="_blank" rel="x">x</a>', '<a href="https://example.com/a">x</a>'],
  ['<a href="/page?q=1#h">r</a> <a href="mailto:a@b.c">m</a> <a href="tel:+1">t</a>', '<a href="/page?q=1#h">r</a> <a href="mailto:a@b.c">m</a> <a href="tel:+1">t</a>'],
  ['<img src="data:image/png;base64,AAAA" alt="d">', '<img alt="d">'],
  ['<img src="x.png" onerror="x()" alt="a" title="t" width="9">', '<img src="x.png" alt="a" title="t">'],
  ['<img src="vbscript:x" alt="v">', '<img alt="v">'],
  ['<pre><code class="language-js">1</code></pre><p class="x">p</p>', '<pre><code class="language-js">1</code></pre><p>p</p>'],
  ['<ol start="3" type="a"><li>i</li></ol><ul start="2"><li>j</li></ul>', '<ol start="3"><li>i</li></ol><ul><li>j</li></ul>'],
  ['<div><b>bold</b> <u>u</u></div>', "bold u"],
  ['<span style="color:red" id="i" data-x="1" aria-label="l">s</span>', "<span>s</span>"],
  ["<svg><script>x()</script><text>t</text></svg>after", "after"],
  ['<style>p{}</style><iframe src="x"></iframe><math><mi>m</mi></math><noscript>n</noscript>', ""],
  ["<template><p>x</p></template><object><p>fallback</p></object><embed src=x>", ""],
  ["<!-- comment -->text<form><input value=v></form>", "text"],
  [
    "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
    "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
  ],
  ["<h1>a</h1><h6>b</h6><em>e</em><strong>s</strong><s>x</s><del>d</del><sup>1</sup><sub>2</sub><br><hr>", "<h1>a</h1><h6>b</h6><em>e</em><strong>s</strong><s>x</s><del>d</del><sup>1</sup><sub>2</sub><br><hr>"],
  ['<blockquote cite="x">q</blockquote>', "<blockquote>q</blockquote>"],
];

const browser = useBrowser();
let page: Page;

test.before(async () => {
  page = await browser().newPage();
  const bundle = await esbuild.build({
    entryPoints: [new URL("../../gui/client/safe_html.ts", import.meta.url).pathname],
    bundle: true,
    format: "iife",
    globalName: "safeHtml",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  await esbuild.stop();
  await page.setContent("<!doctype html><title>sanitiser</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? "" });
});

test("sanitizeHtml() keeps Markdown's tags and safe addresses only", async () => {
  const kept = await page.evaluate((inputs) => {
    const { sanitizeHtml } = Reflect.get(globalThis, "safeHtml") as { sanitizeHtml(html: string): DocumentFragment };
    return inputs.map((input) => {
      const holder = document.createElement("div");
      holder.append(sanitizeHtml(input));
      return holder.innerHTML;
    });
  }, CASES.map(([input]) => input));
  assert.equal(kept, CASES.map(([, expected]) => expected));
});

test("sanitizeHtml() runs nothing and loads nothing while it parses", async () => {
  const ran = await page.evaluate(() => {
    const { sanitizeHtml } = Reflect.get(globalThis, "safeHtml") as { sanitizeHtml(html: string): DocumentFragment };
    Reflect.set(globalThis, "ran", false);
    sanitizeHtml('<img src="x" onerror="globalThis.ran = true"><svg onload="globalThis.ran = true"></svg>');
    return new Promise<boolean>((resolve) => setTimeout(() => resolve(Reflect.get(globalThis, "ran") === true), 100));
  });
  assert.not.ok(ran);
});

test.run();
