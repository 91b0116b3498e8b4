import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { chartSnapshot, waitForChart, zoomChart } from "./chart_page.ts";
import { waitUntilConnected } from "./open_tab.ts";

const ROWS = 1_000_000;

type AppState = { big: { x: Float64Array; y: Float64Array } };

function bigSeries(): AppState["big"] {
  const x = new Float64Array(ROWS);
  const y = new Float64Array(ROWS);
  for (let row = 0; row < ROWS; row++) {
    x[row] = row;
    // A slow wave with a spike every 100,000 rows, which decimation must keep.
    y[row] = Math.sin(row / 20_000) + (row % 100_000 === 50_000 ? 5 : 0);
  }
  return { x, y };
}

let browser: Browser;
let gui: Gui<AppState>;
let tab: Page;
const received: string[] = [];
const sent: string[] = [];
let loadMs = 0;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({ page: "<|{big}|chart|x=x|y=y|type=lines|id=big|>", state: { big: bigSeries() } });
  await gui.run({ port: 0, quiet: true });
  tab = await browser.newPage();
  tab.on("websocket", (socket) => {
    socket.on("framereceived", ({ payload }) => void received.push(String(payload)));
    socket.on("framesent", ({ payload }) => void sent.push(String(payload)));
  });
  const started = Date.now();
  await tab.goto(gui.url);
  await waitUntilConnected(tab);
  await waitForChart(tab, "big");
  loadMs = Date.now() - started;
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const points = async (): Promise<number[][]> =>
  await tab.evaluate(() => {
    const host = document.getElementById("big") as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    };
    return (host.echarts?.getOption()["series"] as { data: number[][] }[])[0]?.data ?? [];
  });

test("a million-point series loads as a few thousand points, keeping its extremes", async () => {
  const width = await tab.evaluate(() => document.querySelector("#big .tp-chart-canvas")?.clientWidth ?? 0);
  const shown = await points();
  assert.ok(
    shown.length > width && shown.length <= 2 * width + 2,
    `${shown.length} points for ${width} pixels`,
  );
  assert.ok(
    Math.max(...received.map((frame) => frame.length)) < 200_000,
    "no frame carries the whole series",
  );
  assert.ok(
    shown.filter((point) => point[1] !== undefined && point[1] > 4).length >= 10,
    "every spike is kept",
  );
  const snapshot = await chartSnapshot(tab, "big");
  assert.equal([snapshot?.xAxis[0]?.min, snapshot?.xAxis[0]?.max], [0, ROWS - 1], "the axis spans all rows");
  assert.ok(loadMs < 10_000, `loaded in ${loadMs} ms`);
});

test("zooming asks for the visible range and shows it in full detail", async () => {
  const before = sent.length;
  const previous = await points();
  await zoomChart(tab, "big", 40, 41);
  const [low, high] = [0.40 * (ROWS - 1), 0.41 * (ROWS - 1)];
  await tab.waitForFunction(([from, to]) => {
    const host = document.getElementById("big") as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    };
    const data = (host.echarts?.getOption()["series"] as { data: number[][] }[])[0]?.data ?? [];
    return data.filter((point) => (point[0] ?? 0) >= (from ?? 0) && (point[0] ?? 0) <= (to ?? 0)).length >
      1000;
  }, [low, high]);
  const requests = sent.slice(before).map((frame) => JSON.parse(frame)).filter((message) =>
    message.type === "request"
  );
  assert.is(requests.length, 1, "one request per zoom");
  const range = requests[0].query.range as number[];
  assert.ok(
    Math.abs((range[0] ?? 0) - low) < 1 && Math.abs((range[1] ?? 0) - high) < 1,
    `asked for ${range}`,
  );
  const shown = await points();
  assert.ok(
    (shown[0]?.[0] ?? Infinity) <= low && (shown.at(-1)?.[0] ?? 0) >= high,
    "the points cover the range",
  );
  const inside = (data: number[][]) =>
    data.filter((point) => (point[0] ?? 0) >= low && (point[0] ?? 0) <= high).length;
  assert.ok(inside(shown) > 20 * inside(previous), "more detail than before the zoom");
  const ascending = shown.every((point, index) =>
    index === 0 || (point[0] ?? 0) > (shown[index - 1]?.[0] ?? 0)
  );
  assert.ok(ascending, "x keeps its order");
});

test("showing everything again asks for the whole range", async () => {
  await zoomChart(tab, "big", 0, 100);
  await tab.waitForFunction(() => {
    const host = document.getElementById("big") as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    };
    const data = (host.echarts?.getOption()["series"] as { data: number[][] }[])[0]?.data ?? [];
    return (data.at(-1)?.[0] ?? 0) === 999_999 && (data[0]?.[0] ?? 1) === 0;
  });
  const last = JSON.parse(sent.filter((frame) => frame.includes('"request"')).at(-1) ?? "{}");
  assert.is(last.query.range, undefined);
});

test.run();
