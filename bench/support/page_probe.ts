/**
 * Watches what a page shows. An init script installs a MutationObserver before the page's own scripts run;
 * it records every new text of the watched element with the page's epoch time (`performance.timeOrigin +
 * performance.now()`, the clock of clock.ts). MutationObserver callbacks run as microtasks right after the
 * DOM changed, so the time is when the DOM showed the value, the same way for Tapir and for the baseline.
 *
 * It also records when the frame that paints the value began: a DOM change made between frames is painted
 * by the next one, a change made by a requestAnimationFrame callback by the frame being rendered. This
 * tells a page that writes every value into the DOM at once (and paints at the next frame anyway) apart
 * from one that holds values back for the next frame, as Tapir's store does past one change per frame.
 */
import type { Page } from "playwright-core";
import { epochNow } from "./clock.ts";

/**
 * What the page records per change of the watched element's text: the text, when the DOM showed it, when
 * the frame that paints it began (NaN if no frame came yet), and when the page's WebSocket last received a
 * message before it (NaN if none), in epoch ms. The last one splits a latency into the part before the
 * page (server, network) and the part in the page (parsing, framework, DOM).
 */
export type ShownLog = [text: string, at: number, frameAt: number, messageAt: number][];

interface ProbeWindow {
  __benchShown?: ShownLog;
}

/**
 * Installs the probe on `page` (before navigating), watching the first element that matches `selector`.
 *
 * @example
 * ```ts
 * await installProbe(page, "tp-text");
 * await page.goto(url);
 * ```
 */
export async function installProbe(page: Page, selector: string): Promise<void> {
  // A string, not a function: a transpiler may wrap named inner functions in helpers the page lacks.
  await page.addInitScript(`(() => {
    const css = ${JSON.stringify(selector)};
    const now = () => performance.timeOrigin + performance.now();
    const shown = [];
    const waiting = [];
    window.__benchShown = shown;
    let last;
    let messageAt = NaN;
    // Every WebSocket the page opens notes when a message arrives, before the page's own listeners run.
    const PageSocket = window.WebSocket;
    window.WebSocket = class extends PageSocket {
      constructor(...args) {
        super(...args);
        this.addEventListener("message", () => { messageAt = now(); });
      }
    };
    // True from the start of a frame's animation callbacks until the next task: changes made then are
    // painted by this frame. The message posted at the start of the frame runs only after it rendered.
    let inFrame = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { inFrame = false; };
    const onFrame = () => {
      const at = now();
      for (const entry of waiting) entry[2] = at;
      waiting.length = 0;
      inFrame = true;
      channel.port2.postMessage(0);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    new MutationObserver(() => {
      const text = document.querySelector(css)?.textContent;
      if (text === undefined || text === last || text === "") return;
      last = text;
      const at = now();
      const entry = [text, at, inFrame ? at : NaN, messageAt];
      shown.push(entry);
      if (!inFrame) waiting.push(entry);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  })();`);
}

/**
 * Takes what the probe recorded so far (after the next frame), and empties its log.
 *
 * @example
 * ```ts
 * const shown = await takeShown(page);
 * ```
 */
export function takeShown(page: Page): Promise<ShownLog> {
  return page.evaluate(async () => {
    // One frame first, so that the last values know the frame that painted them.
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    // Emptied in place: the observer keeps appending to this same array.
    const shown = (window as unknown as ProbeWindow).__benchShown ?? [];
    return shown.splice(0, shown.length);
  });
}

/**
 * Waits until the watched element shows `text` (or `timeoutMs` passes); true if it did.
 *
 * @example
 * ```ts
 * await waitUntilShown(page, "tp-text", "42", 5000);
 * ```
 */
export async function waitUntilShown(
  page: Page,
  selector: string,
  text: string,
  timeoutMs: number,
): Promise<boolean> {
  try {
    await page.waitForFunction(
      ([css, expected]) => document.querySelector(css ?? "")?.textContent === expected,
      [selector, text],
      { timeout: timeoutMs, polling: 5 },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * How far the page's clock is ahead of this process's, in ms, estimated from the quickest of `samples`
 * round trips; and half that round trip, the estimate's uncertainty.
 *
 * @example
 * ```ts
 * const { offset, uncertainty } = await clockOffset(page);
 * ```
 */
export async function clockOffset(
  page: Page,
  samples = 15,
): Promise<{ offset: number; uncertainty: number }> {
  let best = { offset: 0, uncertainty: Number.POSITIVE_INFINITY };
  for (let index = 0; index < samples; index++) {
    const before = epochNow();
    const pageTime = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = epochNow();
    const uncertainty = (after - before) / 2;
    if (uncertainty < best.uncertainty) best = { offset: pageTime - (before + after) / 2, uncertainty };
  }
  return best;
}
