/**
 * The benchmark's results: one row per figure, Tapir next to the baseline measured in the same run, and
 * the table printed at the end.
 */

/** One figure of the report. */
export interface Row {
  /** The section it belongs to ("push latency", "fan-out", ...). */
  section: string;
  figure: string;
  /** Unit of both values ("ms", "KB", "msgs/s"). */
  unit: string;
  /** Tapir's value; undefined when it could not be measured (see `note`). */
  tapir: number | undefined;
  /** The plain program's value in the same run; undefined when there is nothing to compare with. */
  baseline?: number | undefined;
  /** The goal Tapir should meet, in words ("< 1.3x baseline", "< 50 KB"). */
  target?: string;
  /** Whether the goal is met; undefined when there is no goal. */
  met?: boolean;
  /** What the reader should know: a skip, a failed check, the lag's trend. */
  note?: string;
}

/**
 * Tapir's value divided by the baseline's, or undefined when either is missing or the baseline is 0.
 *
 * @example
 * ```ts
 * ratioOf({ section: "s", figure: "f", unit: "ms", tapir: 3, baseline: 2 }); // 1.5
 * ```
 */
export function ratioOf(row: Row): number | undefined {
  if (row.tapir === undefined || row.baseline === undefined || row.baseline === 0) return undefined;
  if (!Number.isFinite(row.tapir) || !Number.isFinite(row.baseline)) return undefined;
  return row.tapir / row.baseline;
}

/**
 * A number with as many decimals as its size deserves, and its unit.
 *
 * @example
 * ```ts
 * formatValue(12.345, "ms"); // "12.3 ms"
 * ```
 */
export function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return "-";
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit === "" ? text : `${text} ${unit}`;
}

/**
 * The rows as a Markdown table: figure | Tapir | baseline | ratio | target | note.
 *
 * @example
 * ```ts
 * console.log(formatTable([{ section: "x", figure: "p50", unit: "ms", tapir: 2, baseline: 1 }]));
 * ```
 */
export function formatTable(rows: readonly Row[]): string {
  const header = ["figure", "Tapir", "baseline", "ratio", "target", "note"];
  const body = rows.map((row) => {
    const ratio = ratioOf(row);
    const verdict = row.met === undefined ? "" : row.met ? "met: " : "MISSED: ";
    return [
      `${row.section}: ${row.figure}`,
      formatValue(row.tapir, row.unit),
      row.baseline === undefined ? "-" : formatValue(row.baseline, row.unit),
      ratio === undefined ? "-" : `${ratio.toFixed(2)}x`,
      row.target === undefined ? "" : `${verdict}${row.target}`,
      row.note ?? "",
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? "").length))
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}
