/**
 * A real tab through connection faults: its socket dropped in the middle of a burst of 500 changes (it ends
 * at the last value, and never shows a value older than one it already showed), a server restart on the
 * same port (it reconnects by itself and starts cleanly, with a notice), and its state's secret, which
 * travels only inside the hello over the socket: never in a URL or the console.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { getStateId, Gui, invokeCallback, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { dropConnection, openTab, stateIdOf, waitForText, waitUntilConnected } from "./open_tab.ts";

type AppState = { value: number; label: string };

interface TapirWindow {
  __seen?: number[];
}

let browser: Browser;

test.before(async () => {
  browser = await launchBrowser();
});

test.after(async () => {
  await browser.close();
});

async function startGui(port = 0, label = "first"): Promise<Gui<AppState>> {
  const gui = new Gui<AppState>({
    page: "<|{value}|id=value|> <|{label}|id=label|>\n\n<|{value}|number|id=input|>",
    state: { value: 0, label },
  });
  await gui.run({ port, quiet: true });
  return gui;
}

/**
 * Records every value of `value` the tab's store receives, in order. A string, not a function: the test
 * runner's transpiler would add helpers to a function that do not exist in the page.
 */
async function recordValues(tab: Page): Promise<void> {
  await tab.evaluate(`(() => {
    const store = window.__tapir.store;
    window.__seen = [];
    for (const method of ["apply", "setAll"]) {
      const original = store[method].bind(store);
      store[method] = (values) => {
        if (typeof values.value === "number") window.__seen.push(values.value);
        return original(values);
      };
    }
  })()`);
}

test("a socket dropped during a burst of 500 changes ends at the last value, never going back", async () => {
  const gui = await startGui();
  try {
    const tab = await openTab(browser, gui.url);
    await recordValues(tab);
    const stateId = await stateIdOf(tab);
    const set = (state: State<AppState>, value: number) => void (state.value = value);
    for (let value = 1; value <= 500; value++) {
      await invokeCallback(gui, stateId, set, [value]);
      if (value === 150 || value === 400) await dropConnection(tab);
      // A few pauses let the tab reconnect in the middle of the burst, as a flaky network would.
      if (value % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await waitForText(tab, "#value", "500");
    const seen = await tab.evaluate(() => (window as unknown as TapirWindow).__seen ?? []);
    assert.ok(seen.length > 0);
    for (let index = 1; index < seen.length; index++) {
      assert.ok(
        (seen[index] ?? 0) >= (seen[index - 1] ?? 0),
        `value ${seen[index]} came after ${seen[index - 1]}`,
      );
    }
    assert.is(seen[seen.length - 1], 500);
    assert.is(await stateIdOf(tab), stateId, "the tab resumed its own state");
    await tab.close();
  } finally {
    await gui.stop();
  }
});

test("after a server restart on the same port an open tab reconnects, starts afresh and says so", async () => {
  const first = await startGui();
  const port = Number(new URL(first.url).port);
  const tab = await openTab(browser, first.url);
  let second: Gui<AppState> | undefined;
  try {
    const before = await stateIdOf(tab);
    await invokeCallback(first, before, (state) => void (state.value = 7), []);
    await waitForText(tab, "#value", "7");
    await first.stop();
    second = await startGui(port, "second");
    await waitForText(tab, "#label", "second");
    await waitForText(tab, "#value", "0");
    assert.is.not(await stateIdOf(tab), before, "a new state, not a stale one");
    assert.equal(second.stateIds(), [await stateIdOf(tab)]);
    await tab.waitForFunction(() =>
      [...document.querySelectorAll(".tapir-toast")].some((toast) => toast.textContent?.includes("afresh"))
    );
    // The fresh state works: a write reaches the new server.
    await tab.locator("#input input").fill("12");
    await waitForText(tab, "#value", "12");
  } finally {
    await tab.close();
    await second?.stop();
    await first.stop();
  }
});

test("the secret travels only in the hello: never in a URL, a sent frame of another kind, or the console", async () => {
  const stateIds: string[] = [];
  const gui = new Gui<AppState>({
    page: "<|{value}|number|id=input|> <|{value}|id=value|>\n\n<|Fail|button|on_action=fail|id=fail|>",
    state: { value: 0, label: "" },
    onInit: (state) => void stateIds.push(getStateId(state)),
    functions: {
      fail: () => {
        throw new Error("boom");
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
  const tab = await browser.newPage();
  const urls: string[] = [];
  const sent: string[] = [];
  const consoleLines: string[] = [];
  tab.on("request", (request) => void urls.push(request.url()));
  tab.on("console", (message) => void consoleLines.push(message.text()));
  tab.on("websocket", (socket) => {
    urls.push(socket.url());
    socket.on("framesent", (frame) => void sent.push(String(frame.payload)));
  });
  try {
    await tab.goto(gui.url);
    await tab.waitForFunction(() => document.documentElement.dataset["tapirConnection"] === "open");
    await tab.locator("#input input").fill("3");
    await tab.locator("#fail button").click();
    await dropConnection(tab);
    await waitUntilConnected(tab);
    await tab.reload();
    await waitForText(tab, "#value", "3");
    const secret = await tab.evaluate(() =>
      JSON.parse(sessionStorage.getItem("tapir:resume") ?? "{}").secret
    );
    assert.type(secret, "string");
    assert.ok(secret.length >= 32);
    assert.equal(urls.filter((url) => url.includes(secret)), [], "no URL holds the secret");
    const withSecret = sent.filter((frame) => frame.includes(secret));
    assert.ok(withSecret.length >= 2, "the resumes presented it");
    for (const frame of withSecret) assert.is(JSON.parse(frame).type, "hello");
    assert.equal(consoleLines.filter((line) => line.includes(secret)), [], "the console never shows it");
    assert.is(stateIds.length, 1, "the reload and the drop resumed the same state");
  } finally {
    await tab.close();
    await gui.stop();
  }
});

test.run();
