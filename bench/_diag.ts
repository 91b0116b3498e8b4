import { launchBrowser } from "../tests/e2e/browser.ts";
import { installProbe, takeShown, waitUntilShown } from "./support/page_probe.ts";
import { startSide } from "./support/side.ts";
import { parseBenchOptions } from "./support/options.ts";
import { epochNow } from "./support/clock.ts";
const browser = await launchBrowser();
const options = parseBenchOptions([]);
for (const round of [1, 2]) {
  const side = await startSide("tapir", options);
  for (const load of [1, 2]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await installProbe(page, "tp-text");
    await page.addInitScript(`(() => { const W = window.WebSocket; window.__ws = []; window.WebSocket = class extends W { constructor(...a) { super(...a); window.__ws.push(["new", performance.now()]); this.addEventListener("open", () => window.__ws.push(["open", performance.now()])); this.addEventListener("message", (e) => window.__ws.push(["msg " + String(e.data).slice(0, 20), performance.now()])); } }; document.addEventListener("DOMContentLoaded", () => window.__ws.push(["dcl", performance.now()])); })();`);
    const nav = epochNow();
    await page.goto(side.url);
    await waitUntilShown(page, "tp-text", "0", 10000);
    const shown = await takeShown(page);
    const entries = await page.evaluate(() => JSON.stringify(performance.getEntries().map((e) => [e.name.replace(/^http:\/\/[^/]+/, ""), e.entryType, Math.round(e.startTime), Math.round(e.duration), Math.round((e as PerformanceResourceTiming).responseStart ?? 0)])));
    const origin = await page.evaluate(() => performance.timeOrigin);
    console.log(`round ${round} load ${load}: nav->render ${(shown[0]![1] - nav).toFixed(0)} ms; timeOrigin-nav ${(origin - nav).toFixed(0)}; render at ${(shown[0]![1] - origin).toFixed(0)}`);
    console.log(entries);
    console.log(await page.evaluate(() => JSON.stringify((window as unknown as {__ws: unknown}).__ws)));
    await ctx.close();
  }
  await side.server.stop();
}
await browser.close();
