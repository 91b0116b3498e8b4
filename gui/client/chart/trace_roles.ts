/**
 * The roles a column plays in a trace and the kinds of trace Tapir draws: Plotly's trace types mapped to
 * ECharts' series, and which columns a trace takes by default when the page names none.
 */

/** The roles a column plays in a trace. */
export type Role =
  | "x"
  | "y"
  | "z"
  | "lat"
  | "lon"
  | "labels"
  | "values"
  | "text"
  | "open"
  | "high"
  | "low"
  | "close";

export const ROLES: readonly Role[] = [
  "x",
  "y",
  "z",
  "lat",
  "lon",
  "labels",
  "values",
  "text",
  "open",
  "high",
  "low",
  "close",
];

/** How a trace is drawn; Plotly's names mapped to what Tapir draws. */
export type TraceKind =
  | "scatter"
  | "bar"
  | "pie"
  | "histogram"
  | "heatmap"
  | "box"
  | "candlestick"
  | "scattermap"
  | "densitymap";

/** A column of the data, and whether it holds numbers (the default traces are the numeric columns). */
export interface ColumnInfo {
  name: string;
  numeric: boolean;
}

/** Kinds drawn from x and y only: the ones a large data set can be decimated for. */
export const DECIMATED_KINDS: ReadonlySet<TraceKind> = new Set(["scatter", "bar"]);

/**
 * Columns named after their role stand in for a role the page did not set (`x`, `lat`, `Open`); a pie or
 * histogram without one takes the first numeric column. Fills `columns` in place.
 *
 * @example
 * ```ts
 * const columns = {};
 * fillRoleDefaults("scattermap", columns, [{ name: "Latitude", numeric: true }]); // columns.lat === "Latitude"
 * ```
 */
export function fillRoleDefaults(
  kind: TraceKind,
  columns: Partial<Record<Role, string>>,
  infos: readonly ColumnInfo[],
): void {
  const find = (...candidates: string[]): string | undefined =>
    infos.find((info) => candidates.includes(info.name.toLowerCase()))?.name;
  const firstNumeric = infos.find((info) => info.numeric)?.name;
  const fill = (role: Role, ...candidates: string[]): void => {
    if (columns[role] === undefined) {
      const found = find(...candidates);
      if (found !== undefined) columns[role] = found;
    }
  };
  if (kind !== "pie") fill("x", "x");
  if (kind === "heatmap" || kind === "densitymap") fill("z", "z");
  if (kind === "scattermap" || kind === "densitymap") {
    fill("lat", "lat", "latitude");
    fill("lon", "lon", "lng", "longitude");
  }
  if (kind === "candlestick") {
    for (const role of ["open", "high", "low", "close"] as const) {
      fill(role, role);
    }
  }
  if (kind === "pie") {
    fill("values", "values", "value");
    fill("labels", "labels", "label");
    const firstText = infos.find((info) => !info.numeric)?.name;
    if (columns.values === undefined && firstNumeric !== undefined) columns.values = firstNumeric;
    if (columns.labels === undefined && firstText !== undefined) columns.labels = firstText;
  }
  if (
    kind === "histogram" && columns.x === undefined && columns.y === undefined && firstNumeric !== undefined
  ) {
    columns.x = firstNumeric;
  }
}

/**
 * The kind of trace a Plotly type is drawn as: map types as points or a density grid on plain axes, "lines"
 * and unknown types as scatter.
 *
 * @example
 * ```ts
 * traceKind("scattermapbox"); // "scattermap"
 * ```
 */
export function traceKind(type: string): TraceKind {
  switch (type) {
    case "bar":
    case "pie":
    case "histogram":
    case "heatmap":
    case "box":
    case "candlestick":
      return type;
    case "scattermap":
    case "scattergeo":
    case "scattermapbox":
      return "scattermap";
    case "densitymap":
    case "densitymapbox":
      return "densitymap";
    default:
      return "scatter";
  }
}
