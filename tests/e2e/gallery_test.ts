import { test } from "uvu";
import * as assert from "uvu/assert";
import { broadcastCallback } from "../../mod.ts";
import { createGallery, tick } from "../../examples/gallery.ts";
import { elementNames } from "../../gui/elements/catalogue.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { openTab } from "./open_tab.ts";

test("the gallery shows every element of the catalogue, live, without a page error", async () => {
  const gui = createGallery();
  await gui.run({ port: 0, quiet: true });
  const browser = await launchBrowser();
  try {
    const tab = await openTab(browser, gui.url);
    const errors = collectPageErrors(tab);
    const shown = await tab.evaluate(() =>
      [...document.querySelectorAll("*")].map((node) => node.localName).filter((name) => name.startsWith("tp-"))
    );
    // Navigation elements need several pages: examples/multipage.ts shows them.
    const expected = [...elementNames].filter((name) => name !== "content" && name !== "navbar");
    assert.equal(expected.filter((name) => !shown.includes(`tp-${name}`)), [], "every element is on the page");
    await broadcastCallback(gui, tick, [1000]);
    await tab.waitForFunction(() => document.querySelector("tp-progress")?.textContent?.includes("%"));
    await tab.locator("tp-button button").first().click();
    await tab.waitForFunction(() => document.body.textContent?.includes("pressed 1 times"));
    assert.equal(errors, []);
  } finally {
    await browser.close();
    await gui.stop();
  }
});

test.run();
