/**
 * Headless Chromium for browser tests, on Node and Deno alike.
 *
 * It uses the system's Chromium (Debian's `chromium` package, or `CHROMIUM_PATH`) through playwright-core,
 * which never downloads a browser of its own.
 *
 * @module
 */

import process from "node:process";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's package. */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches headless Chromium. Close it when done (`await browser.close()`).
 *
 * @example
 * ```ts
 * const browser = await launchBrowser();
 * const page = await browser.newPage();
 * await page.goto("http://127.0.0.1:5000/");
 * await browser.close();
 * ```
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // --no-sandbox: CI runs as root; --disable-dev-shm-usage: containers often have a tiny /dev/shm.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Options of {@link withPage}. */
export interface WithPageOptions {
  /** A browser to open the page in; without one, a browser is launched for this call and closed after. */
  browser?: Browser;
}

/**
 * Opens a page, hands it to `use`, and closes it (and the browser, if it launched one) whatever happens.
 *
 * @example
 * ```ts
 * const title = await withPage(async (page) => {
 *   await page.goto("http://127.0.0.1:5000/");
 *   return page.title();
 * });
 * ```
 */
export async function withPage<T>(
  use: (page: Page) => Promise<T>,
  options: WithPageOptions = {},
): Promise<T> {
  const browser = options.browser ?? (await launchBrowser());
  try {
    const page = await browser.newPage();
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  } finally {
    if (options.browser === undefined) await browser.close();
  }
}

/**
 * Starts recording the page's uncaught errors and console errors; the returned array fills as they happen.
 * A browser test can end with `assert.equal(errors, [])`.
 *
 * @example
 * ```ts
 * await withPage(async (page) => {
 *   const errors = collectPageErrors(page);
 *   await page.goto("http://127.0.0.1:5000/");
 *   console.log(errors); // []
 * });
 * ```
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return errors;
}
