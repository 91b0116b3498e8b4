/**
 * Taipy pages describe charts in Plotly's words (`layout`, `options[n]`). The common Plotly keys are
 * translated to ECharts; every other key is merged as it is into the ECharts option (layout) or series
 * (options), so ECharts' own settings work too.
 *
 * layout: title, barmode, showlegend, xaxis/yaxis {title, type, range, showgrid, autorange: "reversed"},
 * margin {l, r, t, b}, paper_bgcolor/plot_bgcolor, font {color, family, size}, colorway.
 * options: fill ("tozeroy", "tonexty", "toself") or area: true, line {color, width, dash, shape},
 * marker {color, size, symbol, opacity}, stackgroup, opacity.
 */
import { asRecord } from "./as_record.ts";

/** What `layout` changes: the option to merge, the axes' settings, and the bar mode. */
export interface LayoutParts {
  option: Record<string, unknown>;
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown>;
  barmode: string;
}

const CONSUMED_LAYOUT = new Set([
  "title",
  "barmode",
  "showlegend",
  "xaxis",
  "yaxis",
  "margin",
  "paper_bgcolor",
  "plot_bgcolor",
  "font",
  "colorway",
]);

/**
 * Splits a Plotly-style layout into ECharts terms.
 *
 * @example
 * ```ts
 * layoutParts({ barmode: "stack", xaxis: { title: "Month" } }); // { barmode: "stack", xAxis: { name: "Month" }, ... }
 * ```
 */
export function layoutParts(layout: unknown): LayoutParts {
  const given = asRecord(layout);
  const option: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) if (!CONSUMED_LAYOUT.has(key)) option[key] = value;
  const title = titleText(given["title"]);
  if (title !== undefined) option["title"] = { text: title };
  if (typeof given["showlegend"] === "boolean") option["legend"] = { show: given["showlegend"] };
  const margin = asRecord(given["margin"]);
  const grid: Record<string, unknown> = {};
  for (const [plotly, echarts] of [["l", "left"], ["r", "right"], ["t", "top"], ["b", "bottom"]] as const) {
    if (typeof margin[plotly] === "number") grid[echarts] = margin[plotly];
  }
  if (Object.keys(grid).length > 0) option["grid"] = grid;
  const background = given["paper_bgcolor"] ?? given["plot_bgcolor"];
  if (typeof background === "string") option["backgroundColor"] = background;
  const font = asRecord(given["font"]);
  if (Object.keys(font).length > 0) {
    option["textStyle"] = { color: font["color"], fontFamily: font["family"], fontSize: font["size"] };
  }
  if (Array.isArray(given["colorway"])) option["color"] = given["colorway"];
  return {
    option,
    xAxis: axisParts(given["xaxis"]),
    yAxis: axisParts(given["yaxis"]),
    barmode: typeof given["barmode"] === "string" ? given["barmode"] : "group",
  };
}

/**
 * A trace's Plotly-style options as ECharts series settings.
 *
 * @example
 * ```ts
 * seriesOptions({ fill: "tozeroy", line: { dash: "dot" } }); // { areaStyle: { opacity: 0.3 }, lineStyle: { type: "dotted" } }
 * ```
 */
export function seriesOptions(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const series: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    switch (key) {
      case "fill":
        if (value !== "none") series["areaStyle"] = { opacity: 0.3 };
        break;
      case "area":
        if (value === true) series["areaStyle"] = { opacity: 0.3 };
        break;
      case "line": {
        const line = asRecord(value);
        const style: Record<string, unknown> = {};
        if (line["color"] !== undefined) style["color"] = line["color"];
        if (line["width"] !== undefined) style["width"] = line["width"];
        if (line["dash"] === "dash" || line["dash"] === "dot") {
          style["type"] = line["dash"] === "dash" ? "dashed" : "dotted";
        }
        series["lineStyle"] = style;
        if (line["shape"] === "spline") series["smooth"] = true;
        if (line["shape"] === "hv" || line["shape"] === "vh") {
          series["step"] = line["shape"] === "hv" ? "end" : "start";
        }
        break;
      }
      case "marker": {
        const marker = asRecord(value);
        if (marker["size"] !== undefined) series["symbolSize"] = marker["size"];
        if (typeof marker["symbol"] === "string") series["symbol"] = marker["symbol"];
        const style: Record<string, unknown> = {};
        if (marker["color"] !== undefined) style["color"] = marker["color"];
        if (marker["opacity"] !== undefined) style["opacity"] = marker["opacity"];
        series["itemStyle"] = style;
        break;
      }
      case "stackgroup":
        series["stack"] = value;
        series["areaStyle"] ??= { opacity: 0.3 };
        break;
      case "opacity":
        series["itemStyle"] = { ...asRecord(series["itemStyle"]), opacity: value };
        break;
      case "nbinsx":
      case "nbinsy":
        break;
      default:
        series[key] = value;
    }
  }
  return series;
}

/**
 * `source` merged into `target`: plain objects field by field, anything else replaced. Returns `target`.
 *
 * @example
 * ```ts
 * deepMerge({ a: { b: 1, c: 2 } }, { a: { c: 3 } }); // { a: { b: 1, c: 3 } }
 * ```
 */
export function deepMerge(
  target: Record<string, unknown>,
  source: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    const isPlain = (item: unknown): item is Record<string, unknown> =>
      typeof item === "object" && item !== null && !Array.isArray(item);
    target[key] = isPlain(current) && isPlain(value) ? deepMerge({ ...current }, value) : value;
  }
  return target;
}

function axisParts(axis: unknown): Record<string, unknown> {
  const given = asRecord(axis);
  const parts: Record<string, unknown> = {};
  const title = titleText(given["title"]);
  if (title !== undefined) parts["name"] = title;
  if (given["type"] === "log") parts["type"] = "log";
  if (given["type"] === "date") parts["type"] = "time";
  if (given["type"] === "category") parts["type"] = "category";
  const range = given["range"];
  if (Array.isArray(range) && range.length === 2) [parts["min"], parts["max"]] = range;
  if (given["showgrid"] === false) parts["splitLine"] = { show: false };
  if (given["autorange"] === "reversed") parts["inverse"] = true;
  return parts;
}

function titleText(title: unknown): string | undefined {
  if (typeof title === "string") return title;
  const text = asRecord(title)["text"];
  return typeof text === "string" ? text : undefined;
}
