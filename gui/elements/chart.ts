import { chartRequest } from "./chart/chart_request.ts";
import { chartData } from "./chart/large_data.ts";
import { defineElement, type PropertyDefinition, type ValueTransform } from "./element_definition.ts";
import { checkChartSelectionWrite } from "./writes/selection_write.ts";
import { checkChartAction } from "./actions/chart_action.ts";

/** Small data travels as is; large data as a summary, the browser asking for what it shows. */
const chartDataTransform: ValueTransform = { name: "chart", apply: (value) => chartData(value) };

/** Taipy's (Plotly's) trace types that Tapir draws; "lines" is a scatter drawn with lines only. */
export const CHART_TYPES = [
  "scatter",
  "lines",
  "line",
  "bar",
  "pie",
  "histogram",
  "heatmap",
  "box",
  "candlestick",
  "scattermap",
  "scattergeo",
  "scattermapbox",
  "densitymap",
  "densitymapbox",
] as const;

/** A column of `data`, by name; indexed forms (`y[2]`) set it for one trace. */
const column: PropertyDefinition = { type: "string" };

/**
 * `<|{sales}|chart|x=month|y[1]=revenue|y[2]=cost|type=bar|>`: one or more traces drawn from the columns
 * of `data` (records, or an object of columns). Data that grows (`state.series = [...state.series, p]`)
 * travels as deltas and extends the chart in place; data larger than 5,000 rows stays on the server, and
 * the browser asks for it reduced (`decimator`) to its width and visible range, again after each zoom.
 * Clicking a point selects it (`selected[n]`, written back) and calls `on_click(state, id, {x, y, index,
 * trace})` as the chart's action; zooming calls `on_range_change(state, id, {x: [low, high]})` through a
 * request (an element has one action).
 */
export const chart = defineElement({
  name: "chart",
  defaultProperty: "data",
  doc: {
    summary: "One or more traces drawn from the columns of `data` (records, or an object of columns). Data that grows travels as deltas; data larger than 5,000 rows stays on the server and the browser asks for it reduced (`decimator`) to its width and visible range. Indexed properties (`y[2]=cost`, `type[2]=bar`) set one trace.",
    example: "<|{sales}|chart|x=month|y[1]=revenue|y[2]=cost|type=bar|>",
    defaults: {
      type: "scatter",
      decimator: "minmax",
      render: "true",
    },
    properties: {
      data: "Records (`[{x, y}]`) or an object of columns (`{x: [...], y: [...]}`).",
      type: "The trace type (`scatter`, `lines`, `bar`, `pie`, `histogram`, `heatmap`, `box`, `candlestick`, maps).",
      mode: "Plotly's scatter mode: `lines`, `markers`, `lines+markers`.",
      x: "The column of x values.",
      y: "The column of y values.",
      z: "The column of z values (heatmaps).",
      lat: "The column of latitudes (maps).",
      lon: "The column of longitudes (maps).",
      labels: "The column of labels (pie).",
      values: "The column of values (pie).",
      text: "The column of texts shown on hover.",
      open: "The column of opening values (candlestick).",
      high: "The column of high values (candlestick).",
      low: "The column of low values (candlestick).",
      close: "The column of closing values (candlestick).",
      name: "The trace's name in the legend.",
      color: "The trace's colour.",
      title: "The chart's title.",
      layout: "Plotly-style layout settings (axes, legend).",
      options: "Plotly-style trace options.",
      decimator: "How large series are reduced on the server: `minmax`, `lttb` or `none`.",
      selected: "The selected points' indexes, per trace (`selected[2]`); written back on a click.",
      on_click: "A registered function run when a point is clicked.",
      on_range_change: "A registered function run when the user zooms or pans.",
    },
    calls: {
      on_click: "`(state, id, { x, y, index, trace })`: the point's values, its row in `data`, and its trace (from 1).",
      on_range_change: "`(state, id, { x: [low, high] })`: the visible range of the x axis.",
    },
  },
  interactive: true,
  actions: true,
  checkAction: checkChartAction,
  actionProperty: "on_click",
  properties: {
    data: { type: "any", dynamic: true, transform: () => chartDataTransform },
    type: { type: "string", choices: CHART_TYPES },
    mode: { type: "string" },
    x: column,
    y: column,
    z: column,
    lat: column,
    lon: column,
    labels: column,
    values: column,
    text: column,
    open: column,
    high: column,
    low: column,
    close: column,
    name: { type: "string" },
    color: { type: "string" },
    title: { type: "string", dynamic: true },
    layout: { type: "any", dynamic: true },
    options: { type: "any", dynamic: true },
    decimator: { type: "string", choices: ["minmax", "lttb", "none"] },
    selected: { type: "any", dynamic: true, twoWay: true, checkWrite: checkChartSelectionWrite },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
    render: { type: "boolean", dynamic: true },
    on_click: { type: "function" },
    on_range_change: { type: "function" },
  },
  request: chartRequest,
});
