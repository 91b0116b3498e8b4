import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Gui, pagesFromFolder } from "../mod.ts";

test("pagesFromFolder() names a page after its file's path and the Gui reads them", async () => {
  const folder = await mkdtemp(join(tmpdir(), "tapir-pages-"));
  try {
    await mkdir(join(folder, "docs"));
    await writeFile(join(folder, "home.md"), "# Home <|{x}|>");
    await writeFile(join(folder, "about.md"), "# About");
    await writeFile(join(folder, "docs", "intro.md"), "# Intro");
    await writeFile(join(folder, "notes.txt"), "not a page");
    const pages = await pagesFromFolder(pathToFileURL(folder));
    assert.equal(Object.keys(pages), ["about", "docs/intro", "home"]);
    const gui = new Gui({
      pages: { "/": "<|navbar|>\n\n<|content|>", home: pages.home ?? "", ...pages },
      state: { x: 1 },
    });
    await gui.run({ port: 0, quiet: true });
    try {
      const home = await (await fetch(gui.url)).text();
      assert.match(home, /<h1>Home <tp-text/, "/ shows the first page given");
      assert.match(await (await fetch(new URL("/docs/intro", gui.url))).text(), /<h1>Intro<\/h1>/);
    } finally {
      await gui.stop();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test.run();
