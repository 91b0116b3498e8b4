/**
 * What the chart browser tests read from a tab: a chart's ECharts option (through the element's `echarts`
 * getter) and how many pixels its canvas painted.
 */
import type { Page } from "playwright-core";

/** The parts of a chart's option the tests look at. */
export interface ChartSnapshot {
  series: { type: string; id: string; length: number; first: unknown; last: unknown }[];
  xAxis: { type: string; min?: unknown; max?: unknown }[];
  textColor: string;
  zoom: { start: number; end: number } | undefined;
}

interface ChartHost {
  echarts?: { getOption(): Record<string, unknown> };
}

/** The option of the chart whose id is `id`, or undefined while it is not drawn. */
export function chartSnapshot(tab: Page, id: string): Promise<ChartSnapshot | undefined> {
  return tab.evaluate((chartId) => {
    const host = document.getElementById(chartId) as unknown as ChartHost | null;
    const option = host?.echarts?.getOption();
    if (option === undefined) return undefined;
    const series = (option["series"] ?? []) as { type: string; id: string; data?: unknown[] }[];
    const zoom = (option["dataZoom"] as { start: number; end: number }[] | undefined)?.[0];
    return {
      series: series.map((item) => ({
        type: item.type,
        id: item.id,
        length: item.data?.length ?? 0,
        first: item.data?.[0],
        last: item.data?.[(item.data?.length ?? 1) - 1],
      })),
      xAxis: (option["xAxis"] ?? []) as { type: string; min?: unknown; max?: unknown }[],
      textColor: String((option["textStyle"] as { color?: string } | undefined)?.color),
      zoom: zoom === undefined ? undefined : { start: zoom.start, end: zoom.end },
    };
  }, id);
}

/** Waits until the chart `id` has been drawn with at least one series. */
export async function waitForChart(tab: Page, id: string): Promise<void> {
  await tab.waitForFunction((chartId) => {
    const host = document.getElementById(chartId) as unknown as ChartHost | null;
    const series = host?.echarts?.getOption()["series"] as unknown[] | undefined;
    return (series?.length ?? 0) > 0;
  }, id);
}

/** How many pixels of the chart's canvas are not transparent. */
export function paintedPixels(tab: Page, id: string): Promise<number> {
  return tab.evaluate((chartId) => {
    const canvas = document.getElementById(chartId)?.querySelector("canvas");
    const context = canvas?.getContext("2d");
    if (canvas === null || canvas === undefined || context === null || context === undefined) return 0;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) painted++;
    return painted;
  }, id);
}

/** Clicks the point of series `seriesIndex` at data index `dataIndex`, where ECharts drew it. */
export async function clickPoint(
  tab: Page,
  id: string,
  seriesIndex: number,
  dataIndex: number,
): Promise<void> {
  const position = await tab.evaluate(([chartId, series, index]) => {
    const host = document.getElementById(String(chartId)) as unknown as {
      echarts?: {
        getOption(): Record<string, unknown>;
        convertToPixel(finder: unknown, value: unknown): number[];
      };
    } | null;
    const chart = host?.echarts;
    const data = (chart?.getOption()["series"] as { data: unknown[] }[] | undefined)?.[Number(series)]?.data;
    const point = data?.[Number(index)];
    const [x, y] = chart?.convertToPixel({ seriesIndex: series }, point) ?? [0, 0];
    const box = document.getElementById(String(chartId))?.querySelector("canvas")?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + (x ?? 0), y: (box?.top ?? 0) + (y ?? 0) };
  }, [id, seriesIndex, dataIndex]);
  await tab.mouse.click(position.x, position.y);
}

/** Zooms the chart's x axis to [start, end] percent, as a wheel or a key would. */
export function zoomChart(tab: Page, id: string, start: number, end: number): Promise<void> {
  return tab.evaluate(([chartId, from, to]) => {
    const host = document.getElementById(String(chartId)) as unknown as {
      echarts?: { dispatchAction(action: unknown): void };
    } | null;
    host?.echarts?.dispatchAction({ type: "dataZoom", dataZoomIndex: 0, start: from, end: to });
  }, [id, start, end]);
}
