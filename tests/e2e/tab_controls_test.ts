import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { download, Gui, holdControl, notify, resumeControl, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { dropConnection, openTab, stateIdOf, waitForText, waitUntilConnected } from "./open_tab.ts";

type AppState = { count: number; cancelled: number };

const page = `
<|Add|button|id=add|on_action=add|> Count: <|{count}|id=count|>

<|Notify|button|id=notify|on_action=tell|> <|Fail|button|id=fail|on_action=fail|>

<|Hold|button|id=hold|on_action=hold|> Cancelled: <|{cancelled}|id=cancelled|>

<|Export|button|id=export|on_action=export|>
`;

let browser: Browser;
let gui: Gui<AppState>;

function createGui(): Gui<AppState> {
  return new Gui<AppState>({
    page,
    state: { count: 0, cancelled: 0 },
    onException: () => {},
    functions: {
      add: (state: State<AppState>) => void (state.count += 1),
      tell: (state: State<AppState>) => {
        notify(state, "success", "Saved");
        notify(state, "error", "Disk full", { duration: 0 });
      },
      fail: () => {
        throw new Error("boom");
      },
      hold: (state: State<AppState>) => holdControl(state, "stop", "Crunching numbers..."),
      stop: (state: State<AppState>) => void (state.cancelled += 1),
      export: (state: State<AppState>) =>
        download(state, new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xff]), "rows é.csv"),
    },
  });
}

test.before(async () => {
  browser = await launchBrowser();
  gui = createGui();
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

test("notify() shows stacked toasts, errors as alerts, dismissible, gone after their duration", async () => {
  const tab = await openTab(browser, gui.url);
  const errors = collectPageErrors(tab);
  await tab.locator("#notify button").click();
  const success = tab.locator(".tapir-toast[data-level=success]");
  const failure = tab.locator(".tapir-toast[data-level=error]");
  assert.is((await success.innerText()).includes("Saved"), true);
  assert.is(await success.getAttribute("role"), "status");
  assert.is(await failure.getAttribute("role"), "alert");
  assert.is(await tab.locator(".tapir-toasts").getAttribute("aria-live"), "polite");
  const order = await tab.locator(".tapir-toast .tapir-toast-message").allInnerTexts();
  assert.equal(order, ["Saved", "Disk full"], "stacked in order");
  await failure.getByRole("button", { name: "Dismiss" }).click();
  await failure.waitFor({ state: "detached" });
  await success.waitFor({ state: "detached", timeout: 5000 });
  assert.equal(errors, []);
  await tab.close();
});

test("a failing callback shows an error toast", async () => {
  const tab = await openTab(browser, gui.url);
  await tab.locator("#fail button").click();
  const toast = tab.locator(".tapir-toast[data-level=error]");
  assert.match(await toast.innerText(), /"fail" failed/);
  await tab.close();
});

test("holdControl() blocks the page behind a modal overlay that survives a reload; Cancel runs the callback", async () => {
  const tab = await openTab(browser, gui.url);
  await tab.locator("#hold button").click();
  const overlay = tab.locator(".tapir-hold[role=dialog][aria-modal=true]");
  await overlay.waitFor();
  assert.is(await overlay.innerText().then((text) => text.includes("Crunching numbers...")), true);
  assert.is(
    await tab.evaluate(() => document.activeElement?.textContent),
    "Cancel",
    "focus is in the dialog",
  );
  await tab.keyboard.press("Tab");
  assert.is(
    await tab.evaluate(() => document.activeElement?.textContent),
    "Cancel",
    "Tab stays in the dialog",
  );
  assert.ok(
    await tab.evaluate(() => document.querySelector("main")?.closest("[inert]") !== null),
    "page inert",
  );
  // A real click where the Add button is lands on the overlay.
  const box = await tab.locator("#add button").boundingBox();
  await tab.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.is((await tab.locator("#count").innerText()).trim(), "0", "the click did not reach the page");

  await tab.reload();
  await waitUntilConnected(tab);
  await overlay.waitFor();
  await overlay.getByRole("button", { name: "Cancel" }).click();
  await overlay.waitFor({ state: "detached" });
  await waitForText(tab, "#cancelled", "1");
  await tab.locator("#add button").click();
  await waitForText(tab, "#count", "1");
  await tab.close();
});

test("resumeControl() from the server lifts the overlay", async () => {
  const tab = await openTab(browser, gui.url);
  await tab.locator("#hold button").click();
  await tab.locator(".tapir-hold").waitFor();
  await gui.invokeCallback(await stateIdOf(tab), (state) => resumeControl(state), []);
  await tab.locator(".tapir-hold").waitFor({ state: "detached" });
  assert.is(
    await tab.evaluate(() => document.querySelector("[inert]") === null),
    true,
    "nothing stays inert",
  );
  await tab.close();
});

test("download() makes the browser save the file with its name and bytes", async () => {
  const tab = await openTab(browser, gui.url);
  const [saved] = await Promise.all([tab.waitForEvent("download"), tab.locator("#export button").click()]);
  assert.is(saved.suggestedFilename(), "rows é.csv");
  const path = await saved.path();
  assert.equal([...await readFile(path)], [0x61, 0x2c, 0x62, 0x0a, 0xff]);
  await tab.close();
});

test("a connection lost for a while says so, then says it is back", async () => {
  const tab = await openTab(browser, gui.url);
  let blocked = true;
  // Sockets opened from now on fail while blocked, as with a network down; the open one is dropped below.
  await tab.routeWebSocket(/_tapir\/ws/, (socket) => {
    if (blocked) void socket.close();
    else socket.connectToServer();
  });
  await dropConnection(tab);
  const notice = tab.locator(".tapir-toast[data-key=connection]");
  await notice.filter({ hasText: "Connection lost" }).waitFor({ timeout: 5000 });
  blocked = false;
  await notice.filter({ hasText: "Reconnected" }).waitFor({ timeout: 10_000 });
  await tab.locator("#add button").click();
  await waitForText(tab, "#count", "1");
  await tab.close();
});

test("a tab whose server restarted says the connection was lost, then that it started afresh", async () => {
  const tab = await openTab(browser, gui.url);
  const port = new URL(gui.url).port;
  await gui.stop();
  const lost = tab.locator(".tapir-toast", { hasText: "Connection lost" });
  await lost.waitFor({ timeout: 5000 });
  gui = createGui();
  await gui.run({ port: Number(port), quiet: true });
  await tab.locator(".tapir-toast", { hasText: "started afresh" }).waitFor({ timeout: 10_000 });
  assert.is(await lost.count(), 0, "the notice replaced the lost one");
  await tab.close();
});

test.run();
