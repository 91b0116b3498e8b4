import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildOption } from "../../../gui/client/chart/build_option.ts";
import type { ChartTheme } from "../../../gui/client/chart/chart_theme.ts";
import { LargeDataView } from "../../../gui/client/chart/large_data_view.ts";
import type { ChartQuery, LargeChartData } from "../../../gui/protocol/chart_data.ts";

const theme: ChartTheme = {
  text: "#111",
  muted: "#555",
  border: "#ccc",
  paper: "#fff",
  primary: "#c00",
  secondary: "#00c",
  success: "#0a0",
  error: "#a00",
  font: "sans-serif",
  palette: ["#c00", "#00c"],
};

const ROWS = 7230;
const field = {
  lat: Array.from({ length: ROWS }, (_, row) => 48.8 + 0.004 * Math.floor(row / 241)),
  lon: Array.from({ length: ROWS }, (_, row) => 2.22 + 0.26 * ((row % 241) / 240)),
  pollution: Array.from({ length: ROWS }, (_, row) => row % 141),
};
const summary: LargeChartData = {
  largeChartData: true,
  version: 3,
  length: ROWS,
  columns: [
    { name: "lat", kind: "number", min: 48.8, max: 48.916 },
    { name: "lon", kind: "number", min: 2.22, max: 2.48 },
    { name: "pollution", kind: "number", min: 0, max: 140 },
  ],
};
const densityProps = { type: "densitymap", lat: "lat", lon: "lon", z: "pollution" };

function answering(queries: ChartQuery[]): LargeDataView {
  return new LargeDataView((query) => {
    queries.push(query);
    const columns = Object.fromEntries(
      (query.columns ?? []).map((name) => [name, field[name as keyof typeof field]]),
    );
    return Promise.resolve({ version: summary.version, traces: [], columns });
  });
}

test("LargeDataView has no x extent for a density map over large data: its axes are its own", () => {
  const view = answering([]);
  assert.ok(view.accept(summary, densityProps));
  assert.is(view.extent, undefined, "the row index is not the x axis of a map");
  const scatter = answering([]);
  scatter.accept(summary, { x: "lon", y: "lat" });
  assert.equal(scatter.extent, { type: "value", min: 2.22, max: 2.48 }, "a decimated trace keeps it");
});

test("LargeDataView loads a density map's columns whole, zoomed or not, and draws longitude by latitude", async () => {
  const queries: ChartQuery[] = [];
  const view = answering(queries);
  view.accept(summary, densityProps);
  const traces = await view.load([20, 60], 600);
  assert.is(queries.length, 1);
  assert.is(queries[0]?.range, undefined, "no range: the zoom is the browser's");
  assert.equal([...(queries[0]?.columns ?? [])].sort(), ["lat", "lon", "pollution"]);
  if (traces === undefined) throw new Error("no traces");
  const option = buildOption({ traces, title: "", layout: undefined, theme });
  const xAxis = option["xAxis"] as { type: string; name: string; data: string[]; min?: number };
  const yAxis = option["yAxis"] as { type: string; name: string; data: string[] };
  assert.equal([xAxis.type, xAxis.name, xAxis.min], ["category", "Longitude", undefined]);
  assert.equal([yAxis.type, yAxis.name], ["category", "Latitude"]);
  const longitudes = xAxis.data.map(Number);
  const latitudes = yAxis.data.map(Number);
  assert.ok(Math.min(...longitudes) >= 2.22 && Math.max(...longitudes) <= 2.48, `${longitudes}`);
  assert.ok(Math.min(...latitudes) >= 48.8 && Math.max(...latitudes) <= 48.92, `${latitudes}`);
  const cells = (option["series"] as { data: [number, number, number][] }[])[0]?.data ?? [];
  assert.is(cells.length, xAxis.data.length * yAxis.data.length, "no empty cells");
  const scale = option["visualMap"] as { min: number; max: number };
  assert.ok(scale.min >= 0 && scale.max <= 140, `scale ${scale.min}..${scale.max} within the values`);
});

test.run();
