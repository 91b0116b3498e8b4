/**
 * A long callback shows in its tab: after `limits.busyNoticeMs` the page shows a busy bar (and
 * `aria-busy`), which goes once the callback ends. Nothing is blocked meanwhile.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { Gui, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { openTab, waitForText } from "./open_tab.ts";

type AppState = { count: number };

let browser: Browser;

test.before(async () => {
  browser = await launchBrowser();
});

test.after(async () => {
  await browser.close();
});

test("a long callback shows a busy bar in its tab until it ends", async () => {
  let release = () => {};
  const gui = new Gui<AppState>({
    page: "<|Slow|button|id=slow|on_action=slow|> Count: <|{count}|id=count|>",
    state: { count: 0 },
    functions: {
      slow: async (state: State<AppState>) => {
        await new Promise<void>((resolve) => (release = resolve));
        state.count += 1;
      },
    },
    limits: { busyNoticeMs: 100 },
  });
  await gui.run({ port: 0, quiet: true });
  try {
    const tab = await openTab(browser, gui.url);
    const errors = collectPageErrors(tab);
    await tab.locator("#slow button").click();
    await tab.waitForSelector("html[data-tapir-busy]", { state: "attached" });
    assert.is(await tab.evaluate(() => document.body.getAttribute("aria-busy")), "true");
    const bar = await tab.evaluate(() => getComputedStyle(document.body, "::before").content);
    assert.is.not(bar, "none", "the busy bar is drawn");
    release();
    await waitForText(tab, "#count", "1");
    await tab.waitForSelector("html:not([data-tapir-busy])", { state: "attached" });
    assert.is(await tab.evaluate(() => document.body.hasAttribute("aria-busy")), false);
    assert.equal(errors, []);
    await tab.close();
  } finally {
    release();
    await gui.stop();
  }
});

test.run();
