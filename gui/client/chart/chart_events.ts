/**
 * ECharts' events as a chart element uses them: a click on a point, a selection changed by a click, and a
 * new zoom window. ECharts types its events loosely; they are read here, once.
 */
import type { SeriesSelection } from "./chart_selection.ts";
import type { EChartsType } from "./echarts.ts";
import type { ClickEvent } from "./series_rows.ts";
import type { ZoomWindow } from "./zoom_window.ts";

/** What a chart does on each event. */
export interface ChartEventHandlers {
  click(event: ClickEvent): void;
  /** The user clicked points in or out of the selection; `selected` is every series' selection now. */
  selectionChanged(selected: SeriesSelection[]): void;
  zoomed(window: ZoomWindow): void;
}

type ZoomEvent = { start?: number; end?: number; batch?: ZoomEvent[] };

/**
 * Calls `handlers` for `chart`'s events.
 *
 * @example
 * ```ts
 * listenToChart(chart, { click: (event) => ..., selectionChanged: (selected) => ..., zoomed: (window) => ... });
 * ```
 */
export function listenToChart(chart: EChartsType, handlers: ChartEventHandlers): void {
  chart.on("click", (event) => handlers.click(event as ClickEvent));
  chart.on("selectchanged", (event) => {
    const { isFromClick, selected = [] } = event as { isFromClick?: boolean; selected?: SeriesSelection[] };
    // Selections the element applies itself (from the `selected` property) are not the user's.
    if (isFromClick) handlers.selectionChanged(selected);
  });
  chart.on("datazoom", (event) => {
    // A wheel or a drag reports its window in a batch; an action (a key, a double click) directly.
    const zoom = (event as ZoomEvent).batch?.[0] ?? (event as ZoomEvent);
    handlers.zoomed([zoom.start ?? 0, zoom.end ?? 100]);
  });
}
