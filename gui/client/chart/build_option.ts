/**
 * A chart's whole ECharts option from its traces and settings: series per trace, shared axes, legend,
 * tooltip, colour scale, zoom, theme colours, and the page's `layout` merged last. A pure function, so the
 * component can rebuild it on every change and let ECharts merge what differs.
 */
import { axisStyle, type ChartTheme, themeOption } from "./chart_theme.ts";
import { deepMerge, layoutParts, seriesOptions } from "./plotly_layout.ts";
import { densitySeries, heatmapSeries } from "./series_grid.ts";
import { candlestickSeries, pieSeries } from "./series_shapes.ts";
import { boxSeries, histogramSeries } from "./series_stats.ts";
import { mapSeries, type SeriesContext, xySeries } from "./series_xy.ts";
import type { AxisSpec, SeriesPart, TraceData } from "./trace_data.ts";

export interface OptionInput {
  traces: readonly TraceData[];
  title: string;
  layout: unknown;
  theme: ChartTheme;
  /** For data held on the server: the x axis spans the whole data set, whatever slice is loaded. */
  xExtent?: { type: "value" | "time"; min: number; max: number };
}

/** Trace kinds whose tooltip follows the x axis rather than the nearest item. */
const AXIS_TOOLTIP = new Set(["bar", "candlestick"]);

/**
 * The ECharts option for a chart.
 *
 * @example
 * ```ts
 * buildOption({ traces, title: "Sales", layout: { barmode: "stack" }, theme: readTheme(host) });
 * ```
 */
export function buildOption(input: OptionInput): Record<string, unknown> {
  const layout = layoutParts(input.layout);
  const context: SeriesContext = { theme: input.theme, barmode: layout.barmode };
  const parts = buildParts(input.traces, context);
  const series = parts.flatMap((part) => part.series);
  const option: Record<string, unknown> = {
    ...themeOption(input.theme),
    animation: false,
    aria: { enabled: true },
    series,
  };
  const title = input.title !== "" ? input.title : undefined;
  if (title !== undefined) {
    option["title"] = { text: title, left: "center", textStyle: { color: input.theme.text } };
  }
  const cartesian = input.traces.some((trace) => trace.spec.kind !== "pie");
  const legend = input.traces.length > 1 || input.traces.some((trace) => trace.spec.kind === "pie");
  option["legend"] = { show: legend, bottom: 0, type: "plain", textStyle: { color: input.theme.text } };
  const lineLike = input.traces.every((trace) =>
    AXIS_TOOLTIP.has(trace.spec.kind) || (trace.spec.kind === "scatter" && trace.spec.lines)
  );
  option["tooltip"] = {
    trigger: cartesian && lineLike ? "axis" : "item",
    confine: true,
    ...asObject(option["tooltip"]),
  };
  if (cartesian) {
    // Lines and points need not start at zero; bars must.
    const bars = input.traces.some((trace) => trace.spec.kind === "bar" || trace.spec.kind === "histogram");
    const xAxis = axis(
      parts.find((part) => part.xAxis !== undefined)?.xAxis,
      input.theme,
      layout.xAxis,
      "x",
      true,
    );
    if (input.xExtent !== undefined && layout.xAxis["min"] === undefined) {
      Object.assign(xAxis, { type: input.xExtent.type, min: input.xExtent.min, max: input.xExtent.max });
    }
    option["xAxis"] = xAxis;
    option["yAxis"] = axis(
      parts.find((part) => part.yAxis !== undefined)?.yAxis,
      input.theme,
      layout.yAxis,
      "y",
      !bars,
    );
    // containLabel leaves out axis names: an x axis name needs room below, a y axis name above.
    const xNamed = xAxis["name"] !== undefined ? 24 : 0;
    const yNamed = (option["yAxis"] as Record<string, unknown>)["name"] !== undefined ? 16 : 0;
    const top = (title === undefined ? 24 : 48) + yNamed;
    option["grid"] = { left: 16, right: 24, top, bottom: (legend ? 40 : 16) + xNamed, containLabel: true };
    // Wheel zooms and dragging pans the x axis; filterMode "none" keeps lines running to the edges.
    option["dataZoom"] = [{ type: "inside", id: "zoom", xAxisIndex: 0, filterMode: "none" }];
  }
  const scales = parts.flatMap((part) => (part.scale === undefined ? [] : [part.scale]));
  if (scales.length > 0) {
    option["visualMap"] = {
      id: "scale",
      type: "continuous",
      min: Math.min(...scales.map((scale) => scale[0])),
      max: Math.max(...scales.map((scale) => scale[1])),
      calculable: true,
      right: 0,
      top: "middle",
      textStyle: { color: input.theme.text },
      inRange: { color: [input.theme.paper, input.theme.secondary, input.theme.primary] },
    };
    option["grid"] = { ...asObject(option["grid"]), right: 96 };
  }
  return deepMerge(option, layout.option);
}

function buildParts(traces: readonly TraceData[], context: SeriesContext): SeriesPart[] {
  const parts: SeriesPart[] = [];
  const pies = traces.filter((trace) => trace.spec.kind === "pie");
  const grouped = new Set<string>();
  for (const trace of traces) {
    const { kind } = trace.spec;
    let part: SeriesPart;
    if (kind === "box" || kind === "histogram") {
      if (grouped.has(kind)) continue;
      grouped.add(kind);
      const same = traces.filter((other) => other.spec.kind === kind);
      part = kind === "box" ? boxSeries(same, context) : histogramSeries(same, context);
    } else if (kind === "pie") part = pieSeries(trace, context, pies.indexOf(trace), pies.length);
    else if (kind === "heatmap") part = heatmapSeries(trace, context);
    else if (kind === "densitymap") part = densitySeries(trace, context);
    else if (kind === "candlestick") part = candlestickSeries(trace, context);
    else if (kind === "scattermap") part = mapSeries(trace, context);
    else part = xySeries(trace, context);
    parts.push(part);
  }
  // Each trace's options go into the series built for it.
  for (const trace of traces) {
    const extra = seriesOptions(trace.spec.options);
    if (Object.keys(extra).length === 0) continue;
    for (const series of parts.flatMap((part) => part.series)) {
      if (series["id"] === `trace-${trace.spec.trace}-${trace.spec.kind}`) deepMerge(series, extra);
    }
  }
  return parts;
}

/** An axis with an id, so that updates merge into it (and keep its zoom) instead of replacing it. */
function axis(
  spec: AxisSpec | undefined,
  theme: ChartTheme,
  layout: Readonly<Record<string, unknown>>,
  id: string,
  scale: boolean,
): Record<string, unknown> {
  // An x axis is named below its middle; a y axis at its top, where the name never meets the labels.
  const named = id === "x" ? { nameLocation: "middle", nameGap: 28 } : {};
  const style = axisStyle(theme);
  const { labelInterval, ...own } = spec ?? {};
  const labels = labelInterval === undefined ? {} : {
    axisLabel: { ...asObject(style["axisLabel"]), interval: labelInterval },
  };
  return deepMerge({ id, type: "value", scale, ...style, ...named, ...own, ...labels }, layout);
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? value as Record<string, unknown> : {};
}
