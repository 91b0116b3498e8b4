import { test } from "uvu";
import * as assert from "uvu/assert";
import { broadcastCallback } from "../../mod.ts";
import { createGallery, tick } from "../../examples/gallery.ts";
import { elementNames } from "../../gui/elements/catalogue.ts";
import { openWatchedTab, useBrowser, waitUntilConnected } from "./open_tab.ts";
import { collectPageProblems } from "./page_problems.ts";

const browser = useBrowser();

test("the gallery shows every element of the catalogue, live, without a page error", async () => {
  const gui = createGallery();
  await gui.run({ port: 0, quiet: true });
  try {
    // Watched from before navigation: an element whose script fails to load shows up as a failed request.
    const { tab, errors } = await openWatchedTab(browser(), gui.url);
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
    await gui.stop();
  }
});

test("a watched tab reports an element whose script fails to load", async () => {
  const gui = createGallery();
  await gui.run({ port: 0, quiet: true });
  try {
    const tab = await browser().newPage();
    const errors = collectPageProblems(tab);
    await tab.route("**/tp_slider.js*", (route) => route.abort());
    await tab.goto(gui.url);
    await waitUntilConnected(tab);
    // The page itself looks fine: <tp-slider> is in the DOM, only never defined.
    assert.ok(await tab.evaluate(() => document.querySelector("tp-slider") !== null));
    assert.ok(errors.some((error) => error.includes("tp_slider.js")), errors.join("\n"));
  } finally {
    await gui.stop();
  }
});

test.run();
