/**
 * Everything that goes wrong in a tab, recorded from before its first navigation: uncaught errors,
 * console errors, and requests that fail or get an error status. A collector attached after load misses
 * an element whose script failed to load: the element then simply never shows, with no error later.
 */
import type { Page } from "playwright-core";
import { collectPageErrors } from "./browser.ts";

/**
 * Starts recording the page's problems; the returned array fills as they happen. Attach it before
 * `page.goto`.
 *
 * @example
 * ```ts
 * const problems = collectPageProblems(page);
 * await page.goto(url);
 * assert.equal(problems, []);
 * ```
 */
export function collectPageProblems(page: Page): string[] {
  const problems = collectPageErrors(page);
  page.on("requestfailed", (request) => {
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? "?"})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
