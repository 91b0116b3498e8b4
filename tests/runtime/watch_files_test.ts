import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { watchFiles } from "../../gui/runtime/mod.ts";

async function withFolder(use: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "tapir-watch-"));
  try {
    await use(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const nextChange = (files: URL[]) =>
  new Promise<{ changed: URL[]; stop: () => void }>((resolve) => {
    const stop = watchFiles(files, (changed) => resolve({ changed, stop }), { debounceMs: 30 });
  });

test("watchFiles() reports a burst of writes to a watched file once, and ignores other files", () =>
  withFolder(async (folder) => {
    const page = join(folder, "page.md");
    await writeFile(page, "a");
    const change = nextChange([pathToFileURL(page)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writeFile(join(folder, "other.md"), "x");
    await writeFile(page, "b");
    await writeFile(page, "c");
    const { changed, stop } = await change;
    stop();
    assert.equal(changed.map((url) => url.href), [pathToFileURL(page).href]);
  }));

test("watchFiles() sees a file replaced by a rename, as editors save", () =>
  withFolder(async (folder) => {
    const page = join(folder, "page.md");
    await writeFile(page, "a");
    const change = nextChange([pathToFileURL(page)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writeFile(join(folder, "page.md.tmp"), "b");
    await rename(join(folder, "page.md.tmp"), page);
    const { changed, stop } = await change;
    stop();
    assert.is(changed.length, 1);
  }));

test.run();
