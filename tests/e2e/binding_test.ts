import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { getStateId, Gui, invokeCallback, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { dropConnection, openTab, stateIdOf } from "./open_tab.ts";

type AppState = { name: string; level: number; live: boolean; count: number; amount: number };

const page = `
# Bindings

<|{name}|input|label=Name|id=name-input|>

Hello <|{name.toUpperCase()}|id=shout|>!

<|{level}|slider|min=0|max=10|id=level|> Level: <|{level}|id=level-text|>

<|{live}|toggle|label=Live|id=live|> Live: <|{live ? "on" : "off"}|id=live-text|>

<|{amount}|number|id=amount|> Doubled: <|{amount * 2}|id=doubled|>

<|Add one|button|on_action=add|id=add|> Count: <|{count}|id=count|>
`;

let browser: Browser;
let gui: Gui<AppState>;
const stateIds: string[] = [];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: { name: "ada", level: 3, live: false, count: 0, amount: 1 },
    onInit: (state) => void stateIds.push(getStateId(state)),
    functions: { add: (state: State<AppState>) => void (state.count += 1) },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const openPage = (): Promise<Page> => openTab(browser, gui.url);

const textOf = (tab: Page, id: string) => tab.locator(`#${id}`).innerText();

test("the page shows every element with its initial value", async () => {
  const tab = await openPage();
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent?.includes("ADA"));
  assert.is(await tab.locator("#name-input input").inputValue(), "ada");
  assert.is(await textOf(tab, "level-text"), "3");
  assert.is(await textOf(tab, "live-text"), "off");
  assert.ok(await tab.locator("tp-slider.taipy-slider").count() === 1, "elements carry taipy-<element> classes");
  await tab.close();
});

test("typing into an input updates a text bound to the same variable through the server", async () => {
  const tab = await openPage();
  await tab.locator("#name-input input").fill("grace hopper");
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent?.includes("GRACE HOPPER"));
  await tab.close();
});

test("two tabs keep separate values", async () => {
  const first = await openPage();
  const second = await openPage();
  await first.locator("#name-input input").fill("only first");
  await first.waitForFunction(() => document.querySelector("#shout")?.textContent?.includes("ONLY FIRST"));
  await second.waitForTimeout(300);
  assert.is(await second.locator("#name-input input").inputValue(), "ada");
  assert.ok((await textOf(second, "shout")).includes("ADA"));
  await first.close();
  await second.close();
});

test("the slider, toggle, number and button write back to the state", async () => {
  const tab = await openPage();
  const slider = tab.locator("#level input[type=range]");
  await slider.focus();
  await slider.press("ArrowRight");
  await slider.press("ArrowRight");
  await tab.waitForFunction(() => document.querySelector("#level-text")?.textContent === "5");
  await tab.locator("#live input").click();
  await tab.waitForFunction(() => document.querySelector("#live-text")?.textContent === "on");
  await tab.locator("#amount input").fill("21");
  await tab.waitForFunction(() => document.querySelector("#doubled")?.textContent === "42");
  await tab.locator("#add button").click();
  await tab.locator("#add button").click();
  await tab.waitForFunction(() => document.querySelector("#count")?.textContent === "2");
  await tab.close();
});

test("a reload keeps the tab's state", async () => {
  const tab = await openPage();
  await tab.locator("#name-input input").fill("kept");
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent?.includes("KEPT"));
  const before = stateIds.length;
  await tab.reload();
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent?.includes("KEPT"));
  assert.is(await tab.locator("#name-input input").inputValue(), "kept");
  assert.is(stateIds.length, before, "no new state was created");
  await tab.close();
});

test("a dropped WebSocket resumes the same state without losing an update either way", async () => {
  const tab = await openPage();
  const stateId = await stateIdOf(tab);
  await dropConnection(tab);
  // While the tab is away: the server changes a value, and the user types.
  await invokeCallback(gui, stateId, (state) => void (state.count = 77), []);
  await tab.locator("#name-input input").fill("typed offline");
  await tab.waitForFunction(() => document.querySelector("#count")?.textContent === "77");
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent?.includes("TYPED OFFLINE"));
  assert.is(await stateIdOf(tab), stateId, "the same state was resumed");
  await tab.close();
});

test.run();
