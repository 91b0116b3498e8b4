import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { chartSnapshot, clickPoint, paintedPixels, waitForChart, zoomChart } from "./chart_page.ts";
import { stateIdOf, waitUntilConnected } from "./open_tab.ts";

type AppState = {
  line: { t: number[]; v: number[] };
  sales: { month: string; a: number; b: number }[];
  matrix: { z: number[][]; x: string[]; y: string[] };
  samples: { group: string; value: number }[];
  prices: { day: string; open: number; high: number; low: number; close: number }[];
  places: { lat: number; lon: number; pop: number }[];
  stack: { barmode: string };
  title: string;
  picked: number[];
};

const page = `
<|{line}|chart|x=t|y=v|mode=lines+markers|title={title}|selected={picked}|on_click=clicked|on_range_change=ranged|id=line|>
<|{sales}|chart|type=bar|x=month|y[1]=a|y[2]=b|layout={stack}|id=bar|>
<|{sales}|chart|type=pie|labels=month|values=a|id=pie|>
<|{samples}|chart|type=histogram|x=value|id=histogram|>
<|{matrix}|chart|type=heatmap|z=z|x=x|y=y|id=heatmap|>
<|{samples}|chart|type=box|x=group|y=value|id=box|>
<|{prices}|chart|type=candlestick|x=day|id=candles|>
<|{places}|chart|type=scattermap|lat=lat|lon=lon|text=pop|id=map|>
<|{places}|chart|type=densitymap|lat=lat|lon=lon|z=pop|id=density|>
`;

const samples = Array.from(
  { length: 60 },
  (_, index) => ({ group: index % 2 ? "odd" : "even", value: (index * 37) % 23 }),
);
const places = Array.from(
  { length: 40 },
  (_, index) => ({ lat: 40 + (index % 7), lon: -3 + (index % 5), pop: index }),
);
const clicks: unknown[] = [];
const ranges: unknown[] = [];

let browser: Browser;
let gui: Gui<AppState>;
let tab: Page;
let errors: string[];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: {
      line: { t: [0, 1, 2, 3, 4, 5], v: [2, 5, 3, 8, 6, 9] },
      sales: [{ month: "Jan", a: 3, b: 1 }, { month: "Feb", a: 5, b: 2 }, { month: "Mar", a: 4, b: 4 }],
      matrix: { z: [[1, 2, 3], [4, 5, 6]], x: ["a", "b", "c"], y: ["r1", "r2"] },
      samples,
      prices: [
        { day: "2024-01-02", open: 10, high: 12, low: 9, close: 11 },
        { day: "2024-01-03", open: 11, high: 11.5, low: 8, close: 9 },
      ],
      places,
      stack: { barmode: "stack" },
      title: "Readings",
      picked: [],
    },
    functions: {
      clicked: (_state: State<AppState>, id: unknown, payload: unknown) => void clicks.push({ id, payload }),
      ranged: (_state: State<AppState>, id: unknown, payload: unknown) => void ranges.push({ id, payload }),
    },
  });
  await gui.run({ port: 0, quiet: true });
  tab = await browser.newPage();
  errors = collectPageErrors(tab);
  await tab.goto(gui.url);
  await waitUntilConnected(tab);
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const expected: [string, string[]][] = [
  ["line", ["line"]],
  ["bar", ["bar", "bar"]],
  ["pie", ["pie"]],
  ["histogram", ["bar"]],
  ["heatmap", ["heatmap"]],
  ["box", ["boxplot", "scatter"]],
  ["candles", ["candlestick"]],
  ["map", ["scatter"]],
  ["density", ["heatmap"]],
];

test("a chart of each trace type paints its canvas and holds series of that type", async () => {
  for (const [id, types] of expected) {
    await waitForChart(tab, id);
    const snapshot = await chartSnapshot(tab, id);
    assert.equal(snapshot?.series.map((series) => series.type), types, id);
    assert.ok((snapshot?.series[0]?.length ?? 0) > 0, `${id} has data`);
    assert.ok((await paintedPixels(tab, id)) > 500, `${id} painted its canvas`);
  }
  const bar = await chartSnapshot(tab, "bar");
  assert.equal(bar?.series[0]?.first, ["Jan", 3]);
  const pie = await chartSnapshot(tab, "pie");
  assert.equal(pie?.series[0]?.first, { name: "Jan", value: 3 });
  const candles = await chartSnapshot(tab, "candles");
  assert.equal(candles?.series[0]?.first, [10, 11, 9, 12], "open, close, low, high");
  // The browser asks for /favicon.ico, which a Tapir app does not have.
  assert.equal(errors.filter((error) => !error.includes("404")), []);
});

test("a bound title and bound data change the chart in place", async () => {
  const stateId = await stateIdOf(tab);
  await tab.evaluate(() => {
    (window as unknown as { __canvas?: unknown }).__canvas = document.querySelector("#line canvas");
  });
  await invokeCallback(gui, stateId, (state) => {
    state.title = "Live readings";
    state.line = { t: [...state.line.t, 6], v: [...state.line.v, 4] };
  }, []);
  await tab.waitForFunction(() => {
    const host = document.getElementById("line") as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    };
    const title = (host.echarts?.getOption()["title"] as { text?: string }[] | undefined)?.[0]?.text;
    return title === "Live readings";
  });
  assert.is((await chartSnapshot(tab, "line"))?.series[0]?.length, 7);
  const same = await tab.evaluate(() =>
    (window as unknown as { __canvas?: unknown }).__canvas === document.querySelector("#line canvas")
  );
  assert.ok(same, "the canvas was kept");
});

test("clicking a point selects it in the State and calls on_click with x, y, index and trace", async () => {
  const stateId = await stateIdOf(tab);
  await clickPoint(tab, "line", 0, 3);
  const picked = async () => await invokeCallback(gui, stateId, (state) => [...state.picked], []);
  for (let attempt = 0; attempt < 50 && (await picked()).length === 0; attempt++) {
    await tab.waitForTimeout(50);
  }
  assert.equal(await picked(), [3]);
  for (let attempt = 0; attempt < 50 && clicks.length === 0; attempt++) await tab.waitForTimeout(50);
  assert.equal(clicks[0], { id: "line", payload: { x: 3, y: 8, index: 3, trace: 1 } });
});

test("a selection set by the app shows as selected points", async () => {
  const stateId = await stateIdOf(tab);
  await invokeCallback(gui, stateId, (state) => void (state.picked = [1, 5]), []);
  await tab.waitForFunction(() => {
    const host = document.getElementById("line") as unknown as {
      echarts?: { getModel(): { getSeriesByIndex(index: number): { getSelectedDataIndices(): number[] } } };
    };
    return host.echarts?.getModel().getSeriesByIndex(0).getSelectedDataIndices().join() === "1,5";
  });
});

test("zooming calls on_range_change with the visible x range", async () => {
  await zoomChart(tab, "line", 0, 50);
  for (let attempt = 0; attempt < 50 && ranges.length === 0; attempt++) await tab.waitForTimeout(50);
  assert.equal(ranges[0], { id: "line", payload: { x: [0, 3] } });
});

test("the chart follows the page's dark theme", async () => {
  await tab.evaluate(() => (document.documentElement.dataset["theme"] = "dark"));
  await tab.waitForFunction(() => {
    const host = document.getElementById("pie") as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    };
    return (host.echarts?.getOption()["textStyle"] as { color?: string } | undefined)?.color === "#eef2f6";
  });
  await tab.evaluate(() => (document.documentElement.dataset["theme"] = "light"));
  await tab.waitForFunction(() => {
    const host = document.getElementById("pie") as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    };
    return (host.echarts?.getOption()["textStyle"] as { color?: string } | undefined)?.color === "#1f2633";
  });
});

test.run();
