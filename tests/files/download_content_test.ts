import { test } from "uvu";
import * as assert from "uvu/assert";
import { downloadContent } from "../../gui/files/download_content.ts";
import { DownloadRegistry } from "../../gui/files/download_registry.ts";

const bytes = new Uint8Array([1, 2, 3]);

function tokenOf(link: unknown): string {
  const url = (link as { url: string }).url;
  return url.slice("/_tapir/download/".length);
}

test("downloadContent() registers bytes for the owner and sends only a link", () => {
  const registry = new DownloadRegistry();
  const link = downloadContent(bytes, {}, {}, registry);
  assert.equal(Object.keys(link as object).sort(), ["local", "size", "url"]);
  assert.is((link as { size: number }).size, 3);
  assert.is(registry.get(tokenOf(link))?.body, bytes);
});

test("downloadContent() keeps the token for the same content and revokes it for a new one", () => {
  const registry = new DownloadRegistry();
  const owner = {};
  const element = {};
  const first = tokenOf(downloadContent(bytes, element, owner, registry));
  assert.is(tokenOf(downloadContent(bytes, element, owner, registry)), first);
  const second = tokenOf(downloadContent(new Uint8Array([9]), element, owner, registry));
  assert.is.not(second, first);
  assert.is(registry.get(first), undefined);
  assert.is(registry.size, 1);
});

test("downloadContent() gives each element and each owner its own token", () => {
  const registry = new DownloadRegistry();
  const owner = {};
  const a = tokenOf(downloadContent(bytes, {}, owner, registry));
  const b = tokenOf(downloadContent(bytes, {}, owner, registry));
  const c = tokenOf(downloadContent(bytes, {}, {}, registry));
  assert.is(new Set([a, b, c]).size, 3);
});

test("downloadContent() serves text as UTF-8 and passes URLs through", () => {
  const registry = new DownloadRegistry();
  const entry = registry.get(tokenOf(downloadContent("héllo", {}, {}, registry)));
  assert.is(entry?.type, "text/plain; charset=utf-8");
  assert.equal(entry?.body, new TextEncoder().encode("héllo"));
  assert.equal(downloadContent("https://example.com/a.csv", {}, {}, registry), {
    url: "https://example.com/a.csv",
    local: false,
  });
});

test("downloadContent() sends null for nothing, and revokes what the element served", () => {
  const registry = new DownloadRegistry();
  const owner = {};
  const element = {};
  downloadContent(bytes, element, owner, registry);
  assert.is(downloadContent(null, element, owner, registry), null);
  assert.is(registry.size, 0);
});

test("downloadContent() leaves a static text for the browser and registers nothing", () => {
  const registry = new DownloadRegistry();
  assert.is(downloadContent("plain text", {}, undefined, registry), "plain text");
  assert.is(registry.size, 0);
});

test.run();
