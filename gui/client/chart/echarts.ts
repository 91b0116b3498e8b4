/**
 * The part of ECharts that Tapir's charts use, registered once. Importing `echarts/core` and only these
 * chart types and components keeps the chart chunk to what is drawn; only `tp_chart` imports this module,
 * so pages without a chart never download it. The less common types load on first use (echarts_extra.ts).
 *
 * Why ECharts: it draws every trace type Taipy charts offer (lines, scatter, bar, pie, histogram as bars,
 * heatmap, box plot, candlestick) and maps as plain lat/lon coordinates without a tile server; it renders
 * hundreds of thousands of points on a canvas; and it updates a series in place (setOption merges), so a
 * live chart never blanks.
 */
import { init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
// ECharts' self-registering modules, not the `echarts/charts` and `echarts/components` barrels: a barrel
// makes every type it re-exports reachable from here, and the bundler would then put the types that
// echarts_extra.ts registers into the chunk every chart page loads.
import "echarts/lib/chart/line.js";
import "echarts/lib/chart/scatter.js";
import "echarts/lib/chart/bar.js";
import "echarts/lib/component/grid.js";
import "echarts/lib/component/tooltip.js";
import "echarts/lib/component/legend.js";
import "echarts/lib/component/title.js";
import "echarts/lib/component/dataZoomInside.js";
import "echarts/lib/component/aria.js";

export type { EChartsCoreOption, EChartsType } from "echarts/core";

use([CanvasRenderer]);

export { init };

/** Trace kinds drawn with the types of echarts_extra.ts. */
const EXTRA_KINDS: ReadonlySet<string> = new Set(["pie", "heatmap", "densitymap", "box", "candlestick"]);
let extra: Promise<void> | undefined;
let extraLoaded = false;

/**
 * Which registered types a chart was made with (0: the common ones, 1: with echarts_extra.ts too). ECharts
 * copies its registered types into a chart when the chart is created: a chart made before the extra types
 * loaded must be made again to draw them (see chartTypesNeeded).
 */
export function chartTypesVersion(): number {
  return extraLoaded ? 1 : 0;
}

/** The chartTypesVersion() a chart showing `kinds` needs. */
export function chartTypesNeeded(kinds: Iterable<string>): number {
  return [...kinds].some((kind) => EXTRA_KINDS.has(kind)) ? 1 : 0;
}

/**
 * Loads the chart types `kinds` need: undefined when they are ready (so that live updates stay
 * synchronous), else a promise that resolves once they are.
 *
 * @example
 * ```ts
 * const loading = loadChartTypes(["pie"]);
 * if (loading !== undefined) await loading;
 * ```
 */
export function loadChartTypes(kinds: Iterable<string>): Promise<void> | undefined {
  if (extraLoaded || chartTypesNeeded(kinds) === 0) return undefined;
  extra ??= import("./echarts_extra.ts").then(() => {
    extraLoaded = true;
  });
  return extra;
}
