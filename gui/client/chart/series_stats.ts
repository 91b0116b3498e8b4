/**
 * Series that summarise values: histograms (bars over shared bins) and box plots (quartiles, whiskers and
 * outliers). Each builder takes every trace of its kind at once, since they share one category axis.
 */
import { boxStats, extentOf, histogramBins } from "./statistics.ts";
import { baseSeries, type SeriesContext } from "./series_xy.ts";
import { categories, type SeriesPart, type TraceData } from "./trace_data.ts";

/**
 * Histogram traces: the values of x (else y) counted into bins shared by all of them (`options.nbinsx`
 * sets their number).
 *
 * @example
 * ```ts
 * histogramSeries([traceData(spec, { v: [1, 2, 2, 3] })], context).series[0].data; // counts per bin
 * ```
 */
export function histogramSeries(traces: readonly TraceData[], context: SeriesContext): SeriesPart {
  const columns = traces.map((trace) => trace.values.x ?? trace.values.y ?? []);
  const all = columns.flatMap((column) =>
    Array.from(column).filter((value): value is number => typeof value === "number")
  );
  const requested = traces.map((trace) => trace.spec.options["nbinsx"] ?? trace.spec.options["nbinsy"]).find((
    n,
  ) => typeof n === "number");
  const extent = extentOf(all);
  const bins = typeof requested === "number" ? requested : undefined;
  const labels = histogramBins(all, bins, extent).edges.slice(0, -1).map((edge, index, edges) =>
    `${formatEdge(edge)}–${formatEdge(edges[index + 1] ?? extent[1])}`
  );
  const overlay = context.barmode === "overlay";
  return {
    series: traces.map((trace, index) => ({
      ...baseSeries(trace, context),
      type: "bar",
      barCategoryGap: "4%",
      ...(overlay ? { barGap: "-100%", itemStyle: { opacity: 0.6, ...colorOf(trace) } } : {}),
      ...(context.barmode === "stack" ? { stack: "histogram" } : {}),
      data: histogramBins(columns[index] ?? [], bins, extent).counts,
    })),
    xAxis: { type: "category", data: labels },
  };
}

/**
 * Box traces: with an x column, one box per x value and trace; without, one box per trace, side by side.
 * Outliers are drawn as points.
 *
 * @example
 * ```ts
 * boxSeries([traceData(spec, { v: [1, 2, 3, 4, 100] })], context); // one box, one outlier
 * ```
 */
export function boxSeries(traces: readonly TraceData[], context: SeriesContext): SeriesPart {
  const grouped = traces.some((trace) => trace.values.x !== undefined && trace.spec.columns.y !== undefined);
  if (!grouped) {
    const stats = traces.map((trace) => boxStats(trace.values.y ?? trace.values.x ?? []));
    const names = traces.map((trace) => trace.spec.name);
    const first = traces[0];
    if (first === undefined) return { series: [] };
    return {
      series: [
        {
          ...baseSeries(first, context),
          type: "boxplot",
          // Boxes are filled with the paper colour (ECharts fills them white, wrong in the dark theme).
          itemStyle: { color: context.theme.paper },
          data: stats.map((stat, index) => ({
            value: stat?.box ?? [],
            itemStyle: { color: context.theme.paper, ...borderOf(traces[index]) },
          })),
        },
        outlierSeries(`${first.spec.trace}`, stats.map((stat) => stat?.outliers ?? [])),
      ],
      xAxis: { type: "category", data: names },
    };
  }
  const groups = categories(traces.flatMap((trace) => Array.from(trace.values.x ?? []))).map(String);
  const series = traces.flatMap((trace) => {
    const byGroup = new Map<string, unknown[]>(groups.map((group) => [group, []]));
    const xs = trace.values.x ?? [];
    const ys = trace.values.y ?? [];
    for (let index = 0; index < ys.length; index++) byGroup.get(String(xs[index]))?.push(ys[index]);
    const stats = groups.map((group) => boxStats(byGroup.get(group) ?? []));
    return [
      {
        ...baseSeries(trace, context),
        type: "boxplot",
        itemStyle: { color: context.theme.paper, ...borderOf(trace) },
        data: stats.map((stat) => stat?.box ?? []),
      },
      outlierSeries(`${trace.spec.trace}`, stats.map((stat) => stat?.outliers ?? [])),
    ];
  });
  return { series, xAxis: { type: "category", data: groups } };
}

function outlierSeries(trace: string, outliers: number[][]): Record<string, unknown> {
  return {
    id: `trace-${trace}-outliers`,
    type: "scatter",
    symbolSize: 5,
    tooltip: { trigger: "item" },
    data: outliers.flatMap((values, category) => values.map((value) => [category, value])),
  };
}

function colorOf(trace: TraceData | undefined): Record<string, string> {
  return trace?.spec.color === undefined ? {} : { color: trace.spec.color };
}

function borderOf(trace: TraceData | undefined): Record<string, string> {
  return trace?.spec.color === undefined ? {} : { borderColor: trace.spec.color };
}

function formatEdge(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}
