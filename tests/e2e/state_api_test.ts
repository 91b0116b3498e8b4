import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { Gui } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { openTab, waitForText } from "./open_tab.ts";

type AppState = { items: number[]; count: number };

const page = `
<|Add|button|on_action={(state) => state.items.push(state.items.length + 1)}|id=add|>

Items: <|{items.join(", ")}|id=items|>

<|Count|button|on_action={(state) => state.count++}|id=count-button|> Count: <|{count}|id=count|>
`;

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({ page, state: { items: [], count: 0 }, shared: ["items"] });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

test("an inline callback's in-place push on a shared variable shows in every tab", async () => {
  const first = await openTab(browser, gui.url);
  const second = await openTab(browser, gui.url);
  await first.locator("#add button").click();
  await first.locator("#add button").click();
  await waitForText(first, "#items", "1, 2");
  await waitForText(second, "#items", "1, 2");
  await second.locator("#count-button button").click();
  await waitForText(second, "#count", "1");
  assert.is((await first.locator("#count").innerText()).trim(), "0", "count is per tab");
  await Promise.all([first.close(), second.close()]);
});

test.run();
