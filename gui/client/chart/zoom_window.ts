/**
 * The zoom window of a chart's x axis, in percent of the whole extent (what ECharts' dataZoom holds), and
 * how keys move it, so that a chart can be zoomed and panned without a mouse: + and - zoom around the
 * centre, the arrow keys pan, 0 (or Home) shows everything.
 */

/** [start, end], percents of the x extent, 0 <= start < end <= 100. */
export type ZoomWindow = [number, number];

/** The x extent of a chart's data: numbers, or times as epoch ms. */
export interface XExtent {
  type: "value" | "time";
  min: number;
  max: number;
}

/**
 * The window after a key press, or undefined when the key does not zoom or pan.
 *
 * @example
 * ```ts
 * zoomByKey("+", [0, 100]); // [12.5, 87.5]
 * zoomByKey("ArrowRight", [0, 50]); // [5, 55]
 * ```
 */
export function zoomByKey(key: string, [start, end]: ZoomWindow): ZoomWindow | undefined {
  const width = end - start;
  const centre = (start + end) / 2;
  switch (key) {
    case "+":
    case "=":
      return clamp(centre - (width * 0.75) / 2, centre + (width * 0.75) / 2);
    case "-":
      return clamp(centre - width / 1.5, centre + width / 1.5);
    case "ArrowLeft":
      return shift(start, end, -width * 0.1);
    case "ArrowRight":
      return shift(start, end, width * 0.1);
    case "0":
    case "Home":
      return [0, 100];
    default:
      return undefined;
  }
}

/**
 * The x values a window shows, given the extent of the data.
 *
 * @example
 * ```ts
 * windowRange([25, 75], 0, 200); // [50, 150]
 * ```
 */
export function windowRange([start, end]: ZoomWindow, min: number, max: number): [number, number] {
  return [min + ((max - min) * start) / 100, min + ((max - min) * end) / 100];
}

function clamp(start: number, end: number): ZoomWindow {
  return [Math.max(0, start), Math.min(100, Math.max(end, Math.max(0, start) + 0.01))];
}

function shift(start: number, end: number, by: number): ZoomWindow {
  const offset = Math.max(-start, Math.min(100 - end, by));
  return [start + offset, end + offset];
}

/**
 * The x range a window shows as the axis holds it: numbers, or ISO dates on a time axis (what
 * `on_range_change` receives).
 *
 * @example
 * ```ts
 * shownRange([0, 50], { type: "time", min: 0, max: 86_400_000 }); // ["1970-01-01T00:00:00.000Z", "1970-01-01T12:00:00.000Z"]
 * ```
 */
export function shownRange(window: ZoomWindow, extent: XExtent): [number, number] | [string, string] {
  const [low, high] = windowRange(window, extent.min, extent.max);
  return extent.type === "time" ? [new Date(low).toISOString(), new Date(high).toISOString()] : [low, high];
}
