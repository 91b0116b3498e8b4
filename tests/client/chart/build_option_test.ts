import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildOption } from "../../../gui/client/chart/build_option.ts";
import type { ChartTheme } from "../../../gui/client/chart/chart_theme.ts";
import { columnInfos, traceData } from "../../../gui/client/chart/trace_data.ts";
import { traceSpecs } from "../../../gui/client/chart/trace_specs.ts";

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

function optionFor(
  props: Record<string, unknown>,
  data: unknown,
  extra: { layout?: unknown; title?: string } = {},
) {
  const traces = traceSpecs(props, columnInfos(data)).map((spec) => traceData(spec, data));
  return buildOption({ traces, title: extra.title ?? "", layout: extra.layout, theme });
}

type Series = {
  type: string;
  id: string;
  data: unknown[];
  stack?: string;
  showSymbol?: boolean;
  areaStyle?: unknown;
};

test("buildOption() draws lines from x and y with a value axis, no animation and a zoom", () => {
  const option = optionFor({ x: "t", y: "v", mode: "lines" }, { t: [1, 2], v: [3, 4] });
  const [series] = option["series"] as Series[];
  assert.equal([series?.type, series?.id, series?.data, series?.showSymbol], ["line", "trace-1-scatter", [[
    1,
    3,
  ], [2, 4]], false]);
  assert.is((option["xAxis"] as { type: string }).type, "value");
  assert.is(option["animation"], false);
  assert.equal(option["dataZoom"], [{ type: "inside", id: "zoom", xAxisIndex: 0, filterMode: "none" }]);
  assert.equal((option["textStyle"] as { color: string }).color, "#111", "coloured by the theme");
});

test("buildOption() stacks bars with layout barmode stack, on category axes for text x", () => {
  const sales = [{ m: "Jan", a: 1, b: 2 }, { m: "Feb", a: 3, b: 4 }];
  const option = optionFor({ type: "bar", x: "m", "y[1]": "a", "y[2]": "b" }, sales, {
    layout: { barmode: "stack" },
  });
  const series = option["series"] as Series[];
  assert.equal(series.map((item) => [item.type, item.stack]), [["bar", "bars"], ["bar", "bars"]]);
  assert.equal(option["xAxis"], { ...(option["xAxis"] as object), type: "category", data: ["Jan", "Feb"] });
  assert.is((option["legend"] as { show: boolean }).show, true, "several traces have a legend");
});

test("buildOption() uses a time axis for date strings and honours a title", () => {
  const option = optionFor({ x: "d", y: "v" }, { d: ["2024-01-01", "2024-01-02"], v: [1, 2] }, {
    title: "Daily",
  });
  assert.is((option["xAxis"] as { type: string }).type, "time");
  assert.equal((option["title"] as { text: string }).text, "Daily");
});

test("buildOption() merges Plotly-style options into the trace's series and layout into the option", () => {
  const option = optionFor({ x: "t", y: "v", options: { fill: "tozeroy", line: { dash: "dot" } } }, {
    t: [1],
    v: [2],
  }, {
    layout: { xaxis: { title: "Time" }, yaxis: { type: "log" }, grid: { left: 99 } },
  });
  const [series] = option["series"] as (Series & { lineStyle: unknown })[];
  assert.equal([series?.areaStyle, series?.lineStyle], [{ opacity: 0.3 }, { type: "dotted" }]);
  assert.is((option["xAxis"] as { name: string }).name, "Time");
  assert.is((option["yAxis"] as { type: string }).type, "log");
  assert.is((option["grid"] as { left: number }).left, 99, "ECharts keys pass through");
});

test("buildOption() adds a colour scale for heatmaps and leaves axes out of pies", () => {
  const heat = optionFor({ type: "heatmap", z: "z" }, { z: [[1, 2], [3, 4]] });
  assert.equal([(heat["visualMap"] as { min: number }).min, (heat["visualMap"] as { max: number }).max], [
    1,
    4,
  ]);
  assert.equal((heat["series"] as Series[])[0]?.data, [[0, 0, 1], [1, 0, 2], [0, 1, 3], [1, 1, 4]]);
  const pie = optionFor({ type: "pie", labels: "l", values: "v" }, { l: ["a", "b"], v: [1, 2] });
  assert.is(pie["xAxis"], undefined);
  assert.equal((pie["series"] as Series[])[0]?.data, [{ name: "a", value: 1 }, { name: "b", value: 2 }]);
});

test("buildOption() draws a density map as the mean z per cell over longitude and a few latitude labels", () => {
  const lat: number[] = [];
  const lon: number[] = [];
  const z: number[] = [];
  for (let row = 0; row < 30; row++) {
    for (let column = 0; column < 60; column++) {
      // Two readings per place, so a sum would double.
      lat.push(48.8 + 0.004 * row);
      lon.push(2.2 + 0.01 * Math.floor(column / 2));
      z.push(column < 30 ? 100 : 20);
    }
  }
  const option = optionFor({ type: "densitymap", lat: "lat", lon: "lon", z: "z" }, { lat, lon, z });
  const xAxis = option["xAxis"] as { name: string; data: string[] };
  const yAxis = option["yAxis"] as { name: string; data: string[]; axisLabel: Record<string, unknown> };
  assert.equal([xAxis.name, xAxis.data.slice(0, 3)], ["Longitude", ["2.20", "2.21", "2.22"]]);
  assert.equal([yAxis.name, yAxis.data.length, yAxis.data[1]], ["Latitude", 30, "48.804"]);
  assert.equal(yAxis.axisLabel, { color: theme.muted, interval: 3 }, "8 labels, in the theme's colour");
  const scale = option["visualMap"] as { min: number; max: number };
  assert.equal([scale.min, scale.max], [20, 100], "means, not sums");
});

test("buildOption() draws histograms over shared bins and box plots per group", () => {
  const values = { v: [1, 2, 2, 3, 3, 3], g: ["a", "a", "b", "b", "b", "a"] };
  const histogram = optionFor({ type: "histogram", x: "v", options: { nbinsx: 2 } }, values);
  assert.equal((histogram["series"] as Series[])[0]?.data, [1, 5], "bins [1, 2) and [2, 3]");
  const box = optionFor({ type: "box", x: "g", y: "v" }, values);
  assert.equal((box["series"] as Series[]).map((item) => item.type), ["boxplot", "scatter"]);
  assert.equal((box["xAxis"] as { data: string[] }).data, ["a", "b"]);
});

test("buildOption() spans the whole data set's x range for data held on the server", () => {
  const traces = traceSpecs({ x: "t", y: "v" }, columnInfos({ t: [5], v: [1] })).map((spec) =>
    traceData(spec, { t: [5], v: [1] })
  );
  const option = buildOption({
    traces,
    title: "",
    layout: {},
    theme,
    xExtent: { type: "time", min: 0, max: 99 },
  });
  const xAxis = option["xAxis"] as { type: string; min: number; max: number };
  assert.equal([xAxis.type, xAxis.min, xAxis.max], ["time", 0, 99]);
});

test.run();
