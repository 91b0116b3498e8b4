/**
 * Series that are not points on a plain x/y plane: pies (labels and values) and candlesticks (open, high,
 * low and close per x).
 */
import { baseSeries, type SeriesContext } from "./series_xy.ts";
import { type SeriesPart, type TraceData, valueAt } from "./trace_data.ts";

/**
 * A pie trace; several pies stand side by side (`position` of `count`).
 *
 * @example
 * ```ts
 * pieSeries(traceData(spec, { l: ["a", "b"], v: [1, 2] }), context, 0, 1).series[0].data;
 * // [{ name: "a", value: 1 }, { name: "b", value: 2 }]
 * ```
 */
export function pieSeries(
  trace: TraceData,
  context: SeriesContext,
  position: number,
  count: number,
): SeriesPart {
  const { labels, values } = trace.values;
  const data = Array.from(values ?? [], (value, index) => ({
    name: String(valueAt(labels, index)),
    value: typeof value === "number" ? value : Number(value),
  }));
  const base = baseSeries(trace, context);
  // A pie's colours are per slice: the trace colour would paint them all alike.
  delete base["itemStyle"];
  delete base["lineStyle"];
  return {
    series: [{
      ...base,
      type: "pie",
      radius: count > 1 ? `${Math.round(60 / count)}%` : "60%",
      center: [`${((position + 0.5) / count) * 100}%`, "55%"],
      select: { itemStyle: { borderColor: context.theme.text, borderWidth: 2 } },
      label: { color: context.theme.text },
      data,
    }],
  };
}

/**
 * A candlestick trace: rising candles in the theme's success colour, falling ones in its error colour.
 *
 * @example
 * ```ts
 * candlestickSeries(traceData(spec, { d: ["2024-01-02"], o: [1], h: [3], l: [0], c: [2] }), context);
 * // series[0].data: [[1, 2, 0, 3]]  (open, close, low, high)
 * ```
 */
export function candlestickSeries(trace: TraceData, context: SeriesContext): SeriesPart {
  const { x, open, high, low, close } = trace.values;
  const length = Math.min(open?.length ?? 0, high?.length ?? 0, low?.length ?? 0, close?.length ?? 0);
  const data = Array.from(
    { length },
    (_, index) => [open?.[index], close?.[index], low?.[index], high?.[index]],
  );
  const { theme } = context;
  return {
    series: [{
      ...baseSeries(trace, context),
      type: "candlestick",
      itemStyle: {
        color: theme.success,
        color0: theme.error,
        borderColor: theme.success,
        borderColor0: theme.error,
      },
      data,
    }],
    xAxis: { type: "category", data: Array.from({ length }, (_, index) => String(valueAt(x, index))) },
    yAxis: { type: "value", scale: true },
  };
}
