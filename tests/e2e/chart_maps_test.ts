import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { zoomChart } from "./chart_page.ts";
import { waitUntilConnected } from "./open_tab.ts";

interface Field {
  lat: number[];
  lon: number[];
  pollution: number[];
}

type AppState = { field: Field; small: Field };

const [LAT_LOW, LAT_HIGH, LON_LOW, LON_HIGH] = [48.8, 48.92, 2.22, 2.48];

/**
 * A lattice of sensors around a factory, as in the pollution dashboard: a plume that peaks at 140 in the
 * middle and fades to 0 at the edges.
 */
function field(rows: number, columns: number): Field {
  const readings: Field = { lat: [], lon: [], pollution: [] };
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const lat = LAT_LOW + ((LAT_HIGH - LAT_LOW) * row) / (rows - 1);
      const lon = LON_LOW + ((LON_HIGH - LON_LOW) * column) / (columns - 1);
      const distance = ((lat - 48.86) / 0.03) ** 2 + ((lon - 2.35) / 0.05) ** 2;
      readings.lat.push(lat);
      readings.lon.push(lon);
      readings.pollution.push(140 * Math.exp(-distance));
    }
  }
  return readings;
}

/** 7,230 rows: above the 5,000 that make data travel as a summary and load through requests. */
const large = field(30, 241);
const small = field(20, 100);

const page = `
<|{field}|chart|type=densitymap|lat=lat|lon=lon|z=pollution|height=360px|id=density|>
<|{field}|chart|type=scattermap|lat=lat|lon=lon|height=360px|id=points|>
<|{field}|chart|type=heatmap|x=lon|y=lat|z=pollution|height=360px|id=heat|>
<|{small}|chart|type=densitymap|lat=lat|lon=lon|z=pollution|height=360px|id=small-density|>
`;

/** What the test reads of a drawn chart: both axes as ECharts laid them out, the cells and the scale. */
interface Drawn {
  axes: { type: string; labels: string[]; extent: number[] }[];
  values: number[];
  cells: number;
  scale: number[] | undefined;
}

let browser: Browser;
let gui: Gui<AppState>;
let tab: Page;
const sent: string[] = [];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({ page, state: { field: large, small } });
  await gui.run({ port: 0, quiet: true });
  tab = await browser.newPage();
  tab.on("websocket", (socket) => socket.on("framesent", ({ payload }) => void sent.push(String(payload))));
  await tab.goto(gui.url);
  await waitUntilConnected(tab);
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

function drawn(id: string): Promise<Drawn> {
  // No functions are declared inside: Node's TypeScript loader would name them with a helper the page lacks.
  return tab.evaluate((chartId) => {
    interface Axis {
      type: string;
      scale: { getExtent(): number[] };
      model: { get(key: string): unknown };
    }
    const host = document.getElementById(chartId) as unknown as {
      echarts: {
        getOption(): Record<string, unknown>;
        getModel(): { getComponent(kind: string): { axis: Axis } };
      };
    };
    const chart = host.echarts;
    const axes: Drawn["axes"] = [];
    for (const kind of ["xAxis", "yAxis"]) {
      const { type, scale, model } = chart.getModel().getComponent(kind).axis;
      const labels = (model.get("data") as unknown[] | undefined ?? []).map(String);
      axes.push({ type, labels, extent: scale.getExtent() });
    }
    const series = (chart.getOption()["series"] as { data: unknown[] }[])[0]?.data ?? [];
    const values: number[] = [];
    for (const item of series) {
      const point = (Array.isArray(item) ? item : (item as { value: unknown[] }).value) as number[];
      values.push(point[2] ?? NaN);
    }
    const scale = (chart.getOption()["visualMap"] as { min: number; max: number }[] | undefined)?.[0];
    return {
      axes,
      values,
      cells: series.length,
      scale: scale === undefined ? undefined : [scale.min, scale.max],
    };
  }, id);
}

/**
 * Waits until the chart `id` draws data. A chart draws empty series before its data arrives, and a large
 * data set arrives through a request after that.
 */
async function waitForData(id: string): Promise<void> {
  await tab.waitForFunction((chartId) => {
    const host = document.getElementById(chartId) as unknown as {
      echarts?: { getOption(): Record<string, unknown> };
    } | null;
    const series = host?.echarts?.getOption()["series"] as { data?: unknown[] }[] | undefined;
    return (series?.[0]?.data?.length ?? 0) > 0;
  }, id);
}

/** Pixels painted on all the chart's canvases (ECharts draws many cells on a layer of their own). */
function paintedPixels(id: string): Promise<number> {
  return tab.evaluate((chartId) => {
    let painted = 0;
    for (const canvas of document.getElementById(chartId)?.querySelectorAll("canvas") ?? []) {
      const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) painted++;
    }
    return painted;
  }, id);
}

const within = (labels: string[], low: number, high: number): boolean =>
  labels.length > 0 && labels.every((label) => Number(label) >= low - 0.01 && Number(label) <= high + 0.01);

test("a density map of 7,230 readings has longitude and latitude axes and no empty cell", async () => {
  await waitForData("density");
  const { axes: [x, y], values, cells, scale } = await drawn("density");
  assert.ok(x !== undefined && y !== undefined);
  assert.is(x.type, "category");
  assert.ok(within(x.labels, LON_LOW, LON_HIGH), `x axis: ${x.labels.slice(0, 5)}...`);
  assert.ok(within(y.labels, LAT_LOW, LAT_HIGH), `y axis: ${y.labels.slice(0, 5)}...`);
  assert.equal(x.extent, [0, x.labels.length - 1], "the x axis spans its cells, not the rows");
  assert.is(cells, x.labels.length * y.labels.length, "every cell holds readings");
  assert.ok(values.every((value) => value >= 0 && value <= 140), "each cell is a mean of the readings");
  assert.ok(Math.max(...values) > 100, `the plume's peak shows: ${Math.max(...values)}`);
  assert.ok(
    scale !== undefined && scale[0] !== undefined && scale[0] >= 0 && (scale[1] ?? Infinity) <= 140,
    `the colour scale runs over the readings: ${scale}`,
  );
  const painted = await paintedPixels("density");
  const [width, height] = await tab.evaluate(() => {
    const canvas = document.querySelector("#density canvas");
    return [canvas?.clientWidth ?? 0, canvas?.clientHeight ?? 0];
  });
  assert.ok(painted > width * height * 0.4, `the cells are painted: ${painted} pixels`);
});

test("zooming a density map of large data asks the server for nothing", async () => {
  const before = sent.filter((frame) => frame.includes('"request"')).length;
  await zoomChart(tab, "density", 25, 75);
  await tab.waitForTimeout(400);
  assert.is(sent.filter((frame) => frame.includes('"request"')).length, before);
});

test("a scatter map of 7,230 readings spans their longitudes and latitudes", async () => {
  await waitForData("points");
  const { axes: [x, y], cells } = await drawn("points");
  assert.ok(x !== undefined && y !== undefined);
  assert.is(cells, large.lat.length, "every reading is a point");
  const [xLow = NaN, xHigh = NaN] = x.extent;
  const [yLow = NaN, yHigh = NaN] = y.extent;
  assert.ok(xLow >= 2 && xLow <= LON_LOW && xHigh >= LON_HIGH && xHigh <= 2.6, `x axis ${x.extent}`);
  assert.ok(yLow >= 48.7 && yLow <= LAT_LOW && yHigh >= LAT_HIGH && yHigh <= 49, `y axis ${y.extent}`);
});

test("a heatmap of 7,230 rows has the x and y columns as its axes", async () => {
  await waitForData("heat");
  const { axes: [x, y], values } = await drawn("heat");
  assert.ok(x !== undefined && y !== undefined);
  assert.equal([x.type, y.type], ["category", "category"]);
  assert.equal([x.labels.length, y.labels.length], [241, 30]);
  assert.equal(x.extent, [0, 240], "the axis spans the longitudes, not the rows");
  assert.ok(within(x.labels, LON_LOW, LON_HIGH) && within(y.labels, LAT_LOW, LAT_HIGH));
  assert.ok(values.every((value) => value >= 0 && value <= 140));
});

test("a density map of 2,000 readings, held whole, draws the same way", async () => {
  await waitForData("small-density");
  const { axes: [x, y], values, cells, scale } = await drawn("small-density");
  assert.ok(x !== undefined && y !== undefined);
  assert.ok(within(x.labels, LON_LOW, LON_HIGH) && within(y.labels, LAT_LOW, LAT_HIGH));
  assert.is(cells, x.labels.length * y.labels.length);
  assert.ok(values.every((value) => value >= 0 && value <= 140));
  assert.ok((scale?.[1] ?? Infinity) <= 140);
});

test.run();
