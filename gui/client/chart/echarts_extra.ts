/**
 * The chart types most charts do not use (pies, heatmaps, box plots, candlesticks, and the colour scale of
 * heatmaps), registered when a chart first shows one of them. Imported dynamically by echarts.ts, so it is
 * a chunk of its own that line, scatter and bar charts never download.
 *
 * These are ECharts' self-registering modules (each calls `use()` on import), as in echarts.ts.
 */
import "echarts/lib/chart/pie.js";
import "echarts/lib/chart/heatmap.js";
import "echarts/lib/chart/boxplot.js";
import "echarts/lib/chart/candlestick.js";
import "echarts/lib/component/visualMapContinuous.js";
