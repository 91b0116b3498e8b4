/**
 * Opens a tab on a running Gui and waits until its connection is open and its first values are shown, so a
 * browser test starts from a live page.
 */
import type { Browser, Page } from "playwright-core";
import { test } from "uvu";
import { launchBrowser } from "./browser.ts";
import { collectPageProblems } from "./page_problems.ts";

interface TapirWindow {
  __tapir?: { connection: { state: string; stateId?: string; drop(): void } };
}

/**
 * The browser that a test file's tests share: launched before the first test, closed after the last.
 * Call it once at the top of the file, outside any test.
 *
 * @example
 * ```ts
 * const browser = useBrowser();
 * test("...", async () => {
 *   const tab = await openTab(browser(), url);
 * });
 * ```
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  test.before(async () => {
    browser = await launchBrowser();
  });
  test.after(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error("useBrowser(): the browser is there only inside tests");
    return browser;
  };
}

export async function openTab(browser: Browser, url: string): Promise<Page> {
  const tab = await browser.newPage();
  await tab.goto(url);
  await waitUntilConnected(tab);
  return tab;
}

export async function waitUntilConnected(tab: Page): Promise<void> {
  await tab.waitForFunction(() => (window as unknown as TapirWindow).__tapir?.connection.state === "open");
}

/** The state id the tab's connection holds. */
export function stateIdOf(tab: Page): Promise<string> {
  return tab.evaluate(() => String((window as unknown as TapirWindow).__tapir?.connection.stateId));
}

/** Drops the tab's WebSocket as a network failure would; the client reconnects by itself. */
export function dropConnection(tab: Page): Promise<void> {
  return tab.evaluate(() => (window as unknown as TapirWindow).__tapir?.connection.drop());
}

/** Waits until the element matching `selector` shows exactly `text`. */
export async function waitForText(tab: Page, selector: string, text: string): Promise<void> {
  await tab.waitForFunction(
    ([css, expected]) => document.querySelector(css ?? "")?.textContent?.trim() === expected,
    [selector, text],
  );
}

/** A tab with its state id and a live list of its page errors. */
export interface WatchedTab {
  tab: Page;
  stateId: string;
  errors: string[];
}

/**
 * Opens a tab, recording its problems from before navigation (uncaught and console errors, failed
 * requests: see `collectPageProblems`), and reads its state id.
 */
export async function openWatchedTab(browser: Browser, url: string): Promise<WatchedTab> {
  const tab = await browser.newPage();
  const errors = collectPageProblems(tab);
  await tab.goto(url);
  await waitUntilConnected(tab);
  return { tab, stateId: await stateIdOf(tab), errors };
}
