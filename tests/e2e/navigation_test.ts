import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { getStateId, Gui, invokeCallback, navigate, type PagePartial, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { openTab, stateIdOf, waitForText } from "./open_tab.ts";

type AppState = { count: number; name: string };

const pages = {
  "/":
    "# Shop\n\n<|navbar|id=nav|>\n\nVisits: <|{count}|id=visits|>\n\n<|content|>\n\n<|part|partial=footer|>\n",
  home:
    "## Home\n\nSee [about us](/about) or [the settings](/settings?tab=2).\n\n<|Count|button|on_action=add|id=add|>\n\n[jump](#add)\n",
  about:
    "## About\n\nCount here: <|{count}|id=about-count|>\n\n<|Settings|button|on_action=toSettings|id=to-settings|>\n",
  settings: "## Settings\n\n<|{name}|input|id=name|>\n\nHello <|{name.toUpperCase()}|id=shout|>\n",
};

let browser: Browser;
let gui: Gui<AppState>;
let footer: PagePartial;
const loaded: string[] = [];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    pages,
    state: { count: 0, name: "ada" },
    onPageLoad: (state, page) => void loaded.push(`${getStateId(state)}:${page}`),
    functions: {
      add: (state: State<AppState>) => void (state.count += 1),
      toSettings: (state: State<AppState>) => navigate(state, "settings"),
    },
  });
  footer = gui.addPartial("footer", "Footer: <|{count}|id=footer-count|>");
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const heading = (tab: Page) => tab.locator(".tapir-content h2").innerText();
const markWindow = (tab: Page) =>
  tab.evaluate(() => void ((window as unknown as { marker?: number }).marker = 42));
const windowMarker = (tab: Page) => tab.evaluate(() => (window as unknown as { marker?: number }).marker);
const path = (tab: Page) => tab.evaluate(() => location.pathname + location.search);

test("a direct load of /about shows the root page around the about page", async () => {
  const tab = await openTab(browser, new URL("/about", gui.url).href);
  assert.is(await tab.locator("h1").innerText(), "Shop");
  assert.is(await heading(tab), "About");
  await waitForText(tab, "#about-count", "0");
  assert.is(await tab.locator("#nav a[aria-current=page]").innerText(), "about");
  await tab.close();
});

test("/ shows the first page and says so in the address", async () => {
  const tab = await openTab(browser, gui.url);
  assert.is(await heading(tab), "Home");
  assert.is(await path(tab), "/home");
  await tab.close();
});

test("a link click navigates without reload and the values stay live", async () => {
  const tab = await openTab(browser, new URL("/home", gui.url).href);
  const errors = collectPageErrors(tab);
  await markWindow(tab);
  await tab.locator("#add button").click();
  await waitForText(tab, "#visits", "1");
  await tab.getByRole("link", { name: "about us" }).click();
  await tab.waitForFunction(() => document.querySelector(".tapir-content h2")?.textContent === "About");
  assert.is(await windowMarker(tab), 42, "the document was not reloaded");
  assert.is(await path(tab), "/about");
  await waitForText(tab, "#about-count", "1");
  await invokeCallback(gui, await stateIdOf(tab), (state) => void (state.count = 7), []);
  await waitForText(tab, "#about-count", "7");
  await waitForText(tab, "#visits", "7");
  await waitForText(tab, "#footer-count", "7");
  assert.equal(errors, []);
  await tab.close();
});

test("the navbar navigates, marks the current page, and inputs of the new page write back", async () => {
  const tab = await openTab(browser, new URL("/home", gui.url).href);
  await markWindow(tab);
  await tab.locator("#nav").getByRole("link", { name: "settings" }).click();
  await tab.waitForFunction(() => document.querySelector(".tapir-content h2")?.textContent === "Settings");
  assert.is(await tab.locator("#nav a[aria-current=page]").innerText(), "settings");
  await tab.locator("#name input").fill("grace");
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent === "GRACE");
  assert.is(await windowMarker(tab), 42);
  const id = await stateIdOf(tab);
  assert.ok(
    loaded.includes(`${id}:home`) && loaded.includes(`${id}:settings`),
    "onPageLoad ran for both pages",
  );
  await tab.close();
});

test("back and forward move between pages without reload", async () => {
  const tab = await openTab(browser, new URL("/home", gui.url).href);
  await markWindow(tab);
  await tab.getByRole("link", { name: "the settings" }).click();
  await tab.waitForFunction(() => document.querySelector(".tapir-content h2")?.textContent === "Settings");
  assert.is(await path(tab), "/settings?tab=2");
  await tab.goBack();
  await tab.waitForFunction(() => document.querySelector(".tapir-content h2")?.textContent === "Home");
  assert.is(await path(tab), "/home");
  await tab.goForward();
  await tab.waitForFunction(() => document.querySelector(".tapir-content h2")?.textContent === "Settings");
  assert.is(await windowMarker(tab), 42);
  await tab.locator("#name input").fill("back again");
  await tab.waitForFunction(() => document.querySelector("#shout")?.textContent === "BACK AGAIN");
  await tab.close();
});

test("a link to a fragment of the page shown, and back from it, keep the page as it is", async () => {
  const tab = await openTab(browser, new URL("/home", gui.url).href);
  await tab.evaluate(() =>
    void document.querySelector<HTMLElement>(".tapir-content h2")?.setAttribute("data-kept", "")
  );
  await tab.getByRole("link", { name: "jump" }).click();
  await tab.waitForFunction(() => location.hash === "#add");
  await tab.goBack();
  await tab.waitForFunction(() => location.hash === "");
  await tab.waitForTimeout(200);
  assert.is(await tab.locator(".tapir-content h2[data-kept]").count(), 1, "the content was not rebuilt");
  await tab.close();
});

test("navigate(state, ...) from a button moves the tab", async () => {
  const tab = await openTab(browser, new URL("/about", gui.url).href);
  await markWindow(tab);
  await tab.locator("#to-settings button").click();
  await tab.waitForFunction(() => document.querySelector(".tapir-content h2")?.textContent === "Settings");
  assert.is(await path(tab), "/settings");
  assert.is(await windowMarker(tab), 42);
  await tab.close();
});

test("a partial updated for one tab changes in that tab only", async () => {
  const first = await openTab(browser, new URL("/home", gui.url).href);
  const second = await openTab(browser, new URL("/home", gui.url).href);
  await invokeCallback(
    gui,
    await stateIdOf(first),
    (state) => footer.update(state, "Thanks, <|{name}|id=thanks|>"),
    [],
  );
  await waitForText(first, "#thanks", "ada");
  await first.locator("#add button").click();
  await waitForText(first, "#visits", "1");
  await second.waitForTimeout(200);
  assert.is(await second.locator("#thanks").count(), 0);
  assert.is(await second.locator("#footer-count").innerText(), "0");
  await first.close();
  await second.close();
});

test("a link to an unknown page loads it the ordinary way", async () => {
  const tab = await openTab(browser, new URL("/home", gui.url).href);
  await tab.evaluate(() => {
    const link = document.createElement("a");
    link.href = "/missing";
    link.id = "missing";
    link.textContent = "missing";
    document.querySelector(".tapir-content")?.append(link);
  });
  const response = tab.waitForResponse((answer) => answer.url().endsWith("/missing"));
  await tab.locator("#missing").click();
  assert.is((await response).status(), 404);
  await tab.close();
});

test.run();
