import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { Gui, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { openTab, stateIdOf, waitForText } from "./open_tab.ts";

type AppState = { count: number; name: string };

const home =
  "## Home\n\n<|Add|button|id=add|on_action=add|> Count: <|{count}|id=count|>\n\n<|{name}|input|id=name|>\n";

let browser: Browser;
let folder: string;
const consoleError = console.error;

test.before(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), "tapir-dev-"));
  // The server prints the page errors these tests cause; the overlay is what they look at.
  console.error = (...args: unknown[]) => {
    if (!String(args[0]).startsWith("Tapir: ")) consoleError(...args);
  };
});

test.after(async () => {
  console.error = consoleError;
  await browser.close();
  await rm(folder, { recursive: true, force: true });
});

async function startGui(
  pages: (file: URL) => Record<string, string | URL>,
): Promise<{ gui: Gui<AppState>; file: string }> {
  const file = join(folder, `page_${Math.random().toString(36).slice(2)}.md`);
  await writeFile(file, home);
  const gui = new Gui<AppState>({
    pages: pages(pathToFileURL(file)),
    state: { count: 0, name: "ada" },
    functions: { add: (state: State<AppState>) => void (state.count += 1) },
  });
  await gui.run({ port: 0, quiet: true, useReloader: true });
  return { gui, file };
}

const markWindow = (tab: Page) =>
  tab.evaluate(() => void ((window as unknown as { marker?: number }).marker = 42));
const windowMarker = (tab: Page) => tab.evaluate(() => (window as unknown as { marker?: number }).marker);

/** Changes the tab's state: count 1 and name "grace", once the server has both. */
async function useTab(tab: Page, gui: Gui<AppState>): Promise<void> {
  await tab.locator("#add button").click();
  await waitForText(tab, "#count", "1");
  await tab.locator("#name input").fill("grace");
  const stateId = await stateIdOf(tab);
  const deadline = Date.now() + 5000;
  while (await gui.invokeCallback(stateId, (state) => state.name, []) !== "grace") {
    if (Date.now() > deadline) throw new Error("the typed name never reached the server");
    await tab.waitForTimeout(20);
  }
}

test("an edited page file re-renders the open tab in place, keeping its state", async () => {
  const { gui, file } = await startGui((url) => ({ "/": "# App\n\n<|content|>\n", home: url }));
  try {
    const tab = await openTab(browser, gui.url);
    await useTab(tab, gui);
    await markWindow(tab);
    await writeFile(
      file,
      home.replace("## Home", "## Edited home") + "\nHi <|{name.toUpperCase()}|id=shout|>\n",
    );
    await tab.locator("h2", { hasText: "Edited home" }).waitFor();
    await waitForText(tab, "#shout", "GRACE");
    await waitForText(tab, "#count", "1");
    assert.is(await windowMarker(tab), 42, "the document was not reloaded");
    await tab.locator("#add button").click();
    await waitForText(tab, "#count", "2");
    await tab.close();
  } finally {
    await gui.stop();
  }
});

test("a page that no longer compiles shows its error over the page until fixed", async () => {
  const { gui, file } = await startGui((url) => ({ "/": "# App\n\n<|content|>\n", home: url }));
  try {
    const tab = await openTab(browser, gui.url);
    const browserErrors: string[] = [];
    tab.on("console", (message) => void (message.type() === "error" && browserErrors.push(message.text())));
    await useTab(tab, gui);
    await writeFile(file, "## Broken\n\n<|{count}|slidr|>\n");
    const overlay = tab.locator(".tapir-dev-error[role=alert]");
    await overlay.waitFor();
    const text = await overlay.innerText();
    assert.match(text, /Unknown element "slidr"/);
    assert.match(text, /3 \| <\|\{count\}\|slidr\|>/, "the code frame quotes the line");
    assert.match(text, /\^/, "with a caret");
    assert.ok(browserErrors.some((message) => message.includes("slidr")), "the browser console shows it too");
    await waitForText(tab, "#count", "1");
    await writeFile(file, home.replace("## Home", "## Fixed"));
    await tab.locator("h2", { hasText: "Fixed" }).waitFor();
    await overlay.waitFor({ state: "detached" });
    assert.is(await tab.locator("#name input").inputValue(), "grace");
    await tab.close();
  } finally {
    await gui.stop();
  }
});

test("a changed root page reloads the tab, which resumes its state", async () => {
  const { gui, file } = await startGui((url) => ({ "/": url }));
  try {
    const tab = await openTab(browser, gui.url);
    await useTab(tab, gui);
    await writeFile(file, home.replace("## Home", "## Only page"));
    await tab.locator("h2", { hasText: "Only page" }).waitFor();
    await waitForText(tab, "#count", "1");
    assert.is(await tab.locator("#name input").inputValue(), "grace", "the reloaded tab resumed its state");
    await tab.close();
  } finally {
    await gui.stop();
  }
});

test.run();
