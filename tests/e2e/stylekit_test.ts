/** Browser tests of the Stylekit part of tapir.css: helper classes and the light and dark themes. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { openTab } from "./open_tab.ts";

const page = `
<|card|id=card|
A card
|>

<|part|class_name=p3 m2 text-center color-primary|id=styled|
Styled
|>

<|part|class_name=d-flex justify-between gap3|id=row|
<|part|id=left|
Left
|>
<|part|id=right|
Right
|>
|>
`;

let browser: Browser;
let gui: Gui<Record<string, never>>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui({ page, state: {} });
  // The server renders the page dark: <html data-theme="dark">.
  await gui.run({ port: 0, quiet: true, darkMode: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const styleOf = (tab: Page, selector: string, names: string[]): Promise<string[]> =>
  tab.locator(selector).evaluate((node, keys) => {
    const computed = getComputedStyle(node);
    return keys.map((key) => computed.getPropertyValue(key));
  }, names);

test("helper classes given as class_name space, align and colour parts", async () => {
  const tab = await openTab(browser, gui.url);
  assert.equal(await styleOf(tab, "#styled", ["padding-top", "margin-left", "text-align"]), [
    "16px",
    "8px",
    "center",
  ]);
  assert.equal(await styleOf(tab, "#row", ["display", "justify-content", "column-gap"]), [
    "flex",
    "space-between",
    "16px",
  ]);
  const [cardShadow = ""] = await styleOf(tab, "#card", ["box-shadow"]);
  assert.ok(cardShadow !== "none", "a card has a shadow");
  await tab.close();
});

test("the Gui's darkMode renders the dark theme, and switching data-theme switches the colours", async () => {
  const tab = await openTab(browser, gui.url);
  assert.is(await tab.evaluate(() => document.documentElement.dataset["theme"]), "dark");
  const [darkCard = ""] = await styleOf(tab, "#card", ["background-color"]);
  const [darkText = ""] = await styleOf(tab, "#styled", ["color"]);
  await tab.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
  const [lightCard = ""] = await styleOf(tab, "#card", ["background-color"]);
  const [lightText = ""] = await styleOf(tab, "#styled", ["color"]);
  assert.is(lightCard, "rgb(255, 255, 255)", "a light card is drawn on the paper colour");
  assert.is.not(darkCard, lightCard);
  assert.is.not(darkText, lightText);
  await tab.close();
});

test.run();
