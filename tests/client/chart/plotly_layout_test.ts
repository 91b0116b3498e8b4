import { test } from "uvu";
import * as assert from "uvu/assert";
import { deepMerge, layoutParts, seriesOptions } from "../../../gui/client/chart/plotly_layout.ts";

test("layoutParts() translates Plotly's layout keys and passes ECharts' own through", () => {
  const parts = layoutParts({
    title: { text: "T" },
    barmode: "stack",
    showlegend: false,
    margin: { l: 10, t: 20 },
    xaxis: { title: "X", type: "date", range: [0, 5], autorange: "reversed" },
    yaxis: { showgrid: false },
    tooltip: { trigger: "axis" },
  });
  assert.is(parts.barmode, "stack");
  assert.equal(parts.option, {
    tooltip: { trigger: "axis" },
    title: { text: "T" },
    legend: { show: false },
    grid: { left: 10, top: 20 },
  });
  assert.equal(parts.xAxis, { name: "X", type: "time", min: 0, max: 5, inverse: true });
  assert.equal(parts.yAxis, { splitLine: { show: false } });
  assert.is(layoutParts('{"barmode": "group"}').barmode, "group", "JSON text is read");
  assert.is(layoutParts(undefined).barmode, "group");
});

test("seriesOptions() translates fill, line, marker and stackgroup, and passes other keys through", () => {
  assert.equal(seriesOptions({ fill: "tozeroy" }), { areaStyle: { opacity: 0.3 } });
  assert.equal(seriesOptions({ area: true, smooth: true }), { areaStyle: { opacity: 0.3 }, smooth: true });
  assert.equal(seriesOptions({ line: { color: "red", width: 3, shape: "spline" } }), {
    lineStyle: { color: "red", width: 3 },
    smooth: true,
  });
  assert.equal(seriesOptions({ marker: { size: 9, color: "blue" } }), {
    symbolSize: 9,
    itemStyle: { color: "blue" },
  });
  assert.equal(seriesOptions({ stackgroup: "one" }), { stack: "one", areaStyle: { opacity: 0.3 } });
});

test("deepMerge() merges plain objects and replaces anything else", () => {
  assert.equal(deepMerge({ a: { b: 1, c: 2 }, d: [1] }, { a: { c: 3 }, d: [2] }), {
    a: { b: 1, c: 3 },
    d: [2],
  });
});

test.run();
