/**
 * A page guarded by onNavigate, in a browser: typing its address shows the page allowed, and nothing of the
 * guarded page ever reaches the tab (not in the document, not in a frame, not in the DOM for a moment).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { stateIdOf, waitForText, waitUntilConnected } from "./open_tab.ts";

type AppState = { greeting: string; secretCode: string; isAdmin: boolean; purged: number };

const SECRET = "s3cr3t-admin-code";
const ADMIN_HEADING = "Admin panel";

const pages = {
  "/": "# Shop\n\n<|navbar|id=nav|>\n\n<|content|>\n",
  home: "## Home\n\n<|{greeting}|id=greeting|>\n",
  admin: `## ${ADMIN_HEADING}\n\n<|{secretCode}|id=secret|>\n\n<|Purge|button|on_action=purge|id=purge|>\n`,
};

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    pages,
    state: { greeting: "hello", secretCode: SECRET, isAdmin: false, purged: 0 },
    onNavigate: (state, page) => page === "admin" && !state.isAdmin ? "home" : undefined,
    functions: { purge: (state: State<AppState>) => void (state.purged += 1) },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

interface Watch {
  /** Every text the tab received: documents and WebSocket frames. */
  received: string[];
  /** Read in the page: true once the DOM held the secret or the admin heading, even for one mutation. */
  sawAdmin: () => Promise<boolean>;
}

/** Records everything the tab receives and every state of its DOM, from before its first byte. */
async function watch(tab: Page): Promise<Watch> {
  const received: string[] = [];
  tab.on("response", (response) => {
    if (response.request().resourceType() === "document") {
      void response.text().then((text) => received.push(text));
    }
  });
  tab.on(
    "websocket",
    (socket) => socket.on("framereceived", (frame) => received.push(String(frame.payload))),
  );
  // Given as text: a function would be compiled with helpers (esbuild's __name) the page does not have.
  await tab.addInitScript({
    content: `{
      const seen = { admin: false };
      window.__guardSeen = seen;
      const needles = ${JSON.stringify([SECRET, ADMIN_HEADING])};
      const check = () => {
        const text = document.documentElement?.textContent ?? "";
        if (needles.some((needle) => text.includes(needle))) seen.admin = true;
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    }`,
  });
  return {
    received,
    sawAdmin: () =>
      tab.evaluate(() => (window as unknown as { __guardSeen: { admin: boolean } }).__guardSeen.admin),
  };
}

const heading = (tab: Page) => tab.locator(".tapir-content h2").innerText();
const path = (tab: Page) => tab.evaluate(() => location.pathname);

test("typing /admin shows home, and nothing of the admin page ever reaches the tab", async () => {
  const tab = await browser.newPage();
  const errors = collectPageErrors(tab);
  const seen = await watch(tab);
  await tab.goto(new URL("/admin", gui.url).href);
  await waitUntilConnected(tab);
  await waitForText(tab, "#greeting", "hello");
  assert.is(await heading(tab), "Home");
  assert.is(await path(tab), "/home", "the address says where the tab is");
  assert.is(await tab.locator("#nav a[aria-current=page]").innerText(), "home");
  assert.is(await tab.locator("#secret, #purge").count(), 0);
  assert.not.ok(await seen.sawAdmin(), "the DOM never showed the admin page");
  for (const text of seen.received) {
    assert.not.ok(text.includes(SECRET), `the tab received the secret: ${text.slice(0, 200)}`);
    assert.not.ok(text.includes(ADMIN_HEADING), `the tab received the admin page: ${text.slice(0, 200)}`);
  }
  assert.equal(errors, []);
  await tab.close();
});

test("once the state says admin, typing /admin shows it with its values, and its button works", async () => {
  const tab = await browser.newPage();
  const seen = await watch(tab);
  await tab.goto(new URL("/home", gui.url).href);
  await waitUntilConnected(tab);
  const stateId = await stateIdOf(tab);
  await invokeCallback(gui, stateId, (state) => void (state.isAdmin = true), []);
  // The same tab loads /admin: its ticket (in sessionStorage) brings its state back.
  await tab.goto(new URL("/admin", gui.url).href);
  await waitUntilConnected(tab);
  await waitForText(tab, "#secret", SECRET);
  assert.is(await heading(tab), ADMIN_HEADING);
  assert.is(await path(tab), "/admin");
  assert.is(await stateIdOf(tab), stateId, "the same state");
  assert.ok(await seen.sawAdmin(), "the watch of the first test sees an admin page when there is one");
  assert.ok(seen.received.some((text) => text.includes(SECRET)));
  await tab.locator("#purge button").click();
  let purged = 0;
  for (let tries = 0; tries < 300 && purged === 0; tries++) {
    purged = await invokeCallback(gui, stateId, (state) => state.purged, []);
    if (purged === 0) await tab.waitForTimeout(10);
  }
  assert.is(purged, 1);
  await tab.close();
});

test.run();
