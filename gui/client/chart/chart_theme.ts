/**
 * A chart's colours come from the stylesheet's variables (tapir.css), so that it follows the page's light
 * or dark theme: read when the chart is drawn, and again whenever `data-theme` on `<html>` or the system's
 * preference changes.
 */

/** The colours and font a chart is drawn with. */
export interface ChartTheme {
  text: string;
  muted: string;
  border: string;
  paper: string;
  primary: string;
  secondary: string;
  success: string;
  error: string;
  font: string;
  /** Trace colours, in order. */
  palette: string[];
}

/** Colours for traces beyond the theme's own (readable on light and dark backgrounds alike). */
const EXTRA_COLOURS = ["#2a9d8f", "#9c6ade", "#e9a23b", "#5c9ded", "#d4607e", "#7a8b99"];

/**
 * The theme as the stylesheet gives it at `element`.
 *
 * @example
 * ```ts
 * readTheme(chartElement).text; // "#1f2633" in the light theme
 * ```
 */
export function readTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const primary = read("--color-primary", "#c8371f");
  const secondary = read("--color-secondary", "#293ee7");
  const success = read("--color-success", "#2e7d32");
  return {
    text: read("--color-contrast", "#1f2633"),
    muted: read("--color-muted", "#5d6776"),
    border: read("--color-border", "#c6ced8"),
    paper: read("--color-paper", "#ffffff"),
    primary,
    secondary,
    success,
    error: read("--color-error", "#c62828"),
    font: read("--font-family", "sans-serif"),
    palette: [primary, secondary, success, read("--color-warning", "#e08e00"), ...EXTRA_COLOURS],
  };
}

/**
 * Calls `changed` whenever the page's theme may have changed; returns the function that stops watching.
 *
 * @example
 * ```ts
 * const stop = watchTheme(() => chart.redraw());
 * ```
 */
export function watchTheme(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-theme", "class", "style"],
  });
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", changed);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", changed);
  };
}

/** The top-level options that colour a chart: palette, text, tooltip. Axes are coloured by axisStyle(). */
export function themeOption(theme: ChartTheme): Record<string, unknown> {
  return {
    color: theme.palette,
    backgroundColor: "transparent",
    textStyle: { color: theme.text, fontFamily: theme.font },
    title: { textStyle: { color: theme.text } },
    legend: { textStyle: { color: theme.text }, inactiveColor: theme.muted },
    tooltip: { backgroundColor: theme.paper, borderColor: theme.border, textStyle: { color: theme.text } },
  };
}

/** An axis' lines and labels in the theme's colours. */
export function axisStyle(theme: ChartTheme): Record<string, unknown> {
  return {
    // onZero would move the y axis to x = 0 when the x axis spans zero (Plotly keeps axes at the edges).
    axisLine: { onZero: false, lineStyle: { color: theme.border } },
    axisTick: { lineStyle: { color: theme.border } },
    axisLabel: { color: theme.muted },
    splitLine: { lineStyle: { color: theme.border, opacity: 0.5 } },
    nameTextStyle: { color: theme.muted },
  };
}
