import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { chartSnapshot, waitForChart } from "./chart_page.ts";
import { stateIdOf, waitUntilConnected } from "./open_tab.ts";

type Point = { t: number; v: number };
type AppState = { points: Point[] };

const initial: Point[] = Array.from({ length: 40 }, (_, t) => ({ t, v: Math.sin(t / 5) }));

let browser: Browser;
let gui: Gui<AppState>;
let tab: Page;
/** Every patch the tab received, parsed. */
const patches: {
  values: Record<string, unknown>;
  deltas?: Record<string, { drop: number; append: unknown[] }>;
}[] = [];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page: "<|{points}|chart|x=t|y=v|type=lines|id=live|>",
    state: { points: initial },
  });
  await gui.run({ port: 0, quiet: true });
  tab = await browser.newPage();
  tab.on("websocket", (socket) => {
    socket.on("framereceived", ({ payload }) => {
      const message = JSON.parse(String(payload));
      if (message.type === "patch") patches.push(message);
    });
  });
  await tab.goto(gui.url);
  await waitUntilConnected(tab);
  await waitForChart(tab, "live");
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

/** Samples the chart's point count on every animation frame until stopped; returns the samples. */
async function sampleLengths(tab: Page, during: () => Promise<void>): Promise<number[]> {
  // A string, not a function: the test runner's compiler would wrap a named inner function in a helper
  // the page does not have.
  await tab.evaluate(`(() => {
    const samples = (window.__samples = []);
    window.__sampling = true;
    const host = document.getElementById("live");
    const sample = () => {
      samples.push(host.echarts?.getOption().series?.[0]?.data.length ?? 0);
      if (window.__sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  })()`);
  await during();
  return await tab.evaluate(() => {
    const window_ = window as unknown as { __samples: number[]; __sampling: boolean };
    window_.__sampling = false;
    return window_.__samples;
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("appended points travel as deltas and the chart grows without ever being empty", async () => {
  const stateId = await stateIdOf(tab);
  await tab.evaluate(() => {
    (window as unknown as { __canvas?: unknown }).__canvas = document.querySelector("#live canvas");
  });
  patches.length = 0;
  const samples = await sampleLengths(tab, async () => {
    for (let step = 0; step < 30; step++) {
      await invokeCallback(gui, stateId, (state) => {
        const t = state.points.length;
        state.points = [...state.points, { t, v: Math.sin(t / 5) }];
      }, []);
      await pause(15);
    }
    await tab.waitForFunction(() => {
      const host = document.getElementById("live") as unknown as {
        echarts?: { getOption(): Record<string, unknown> };
      };
      return (host.echarts?.getOption()["series"] as { data: unknown[] }[])[0]?.data.length === 70;
    });
  });
  assert.ok(samples.length > 5, `sampled ${samples.length} frames`);
  assert.ok(Math.min(...samples) >= 40, "never fewer points than at the start");
  // Only the new points travelled: every patch of the series is a delta of a few points, none a full value.
  const key = Object.keys(patches.find((patch) => patch.deltas !== undefined)?.deltas ?? {})[0] ?? "";
  assert.match(key, /points/);
  assert.ok(patches.every((patch) => !(key in patch.values)), "no patch carried the whole series");
  const appended = patches.flatMap((patch) => patch.deltas?.[key]?.append ?? []);
  assert.equal(
    appended,
    Array.from({ length: 30 }, (_, index) => ({ t: 40 + index, v: Math.sin((40 + index) / 5) })),
  );
  assert.ok(patches.every((patch) => (patch.deltas?.[key]?.append.length ?? 0) <= 3), "each patch is small");
  const same = await tab.evaluate(() =>
    (window as unknown as { __canvas?: unknown }).__canvas === document.querySelector("#live canvas")
  );
  assert.ok(same, "the chart was updated in place, not drawn anew");
});

test("a sliding window drops old points as new ones arrive", async () => {
  const stateId = await stateIdOf(tab);
  patches.length = 0;
  const samples = await sampleLengths(tab, async () => {
    for (let step = 0; step < 20; step++) {
      await invokeCallback(gui, stateId, (state) => {
        const t = (state.points.at(-1)?.t ?? 0) + 1;
        state.points = [...state.points.slice(1), { t, v: Math.cos(t / 5) }];
      }, []);
      await pause(15);
    }
    await tab.waitForFunction(() => {
      const host = document.getElementById("live") as unknown as {
        echarts?: { getOption(): Record<string, unknown> };
      };
      const data = (host.echarts?.getOption()["series"] as { data: number[][] }[])[0]?.data;
      return data?.[0]?.[0] === 20;
    });
  });
  assert.ok(Math.min(...samples) >= 70, "never fewer points than the window");
  const snapshot = await chartSnapshot(tab, "live");
  assert.is(snapshot?.series[0]?.length, 70, "the window keeps its size");
  assert.equal(snapshot?.series[0]?.last, [89, Math.cos(89 / 5)]);
  const deltas = patches.flatMap((patch) => Object.values(patch.deltas ?? {}));
  assert.ok(deltas.length > 0 && deltas.every((delta) => delta.drop >= 1 && delta.append.length >= 1));
  assert.ok(patches.every((patch) => Object.keys(patch.values).length === 0), "no full values");
});

test.run();
