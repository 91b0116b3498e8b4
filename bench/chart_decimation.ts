/**
 * What a chart of a million points costs on the server and on the wire: Tapir's summary plus a decimated
 * request (and then a zoom) against the baseline of sending the whole series as JSON, as Taipy does.
 *
 * ```sh
 * node --import tsx bench/chart_decimation.ts
 * deno run -A bench/chart_decimation.ts
 * ```
 */
import { chartRequest } from "../gui/elements/chart/chart_request.ts";
import { chartData } from "../gui/elements/chart/large_data.ts";
import type { ElementView } from "../gui/elements/element_definition.ts";

const ROWS = 1_000_000;
/** Two points per pixel of a 1,200-pixel-wide chart. */
const POINTS = 2400;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

async function timedAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

const records = Array.from(
  { length: ROWS },
  (_, row) => ({ t: row, v: Math.sin(row / 5000) + Math.random() * 0.1 }),
);
const columns = {
  t: Float64Array.from(records, (record) => record.t),
  v: Float64Array.from(records, (record) => record.v),
};

for (const [label, data] of [["records", records], ["typed columns", columns]] as const) {
  const [full, fullMs] = timed(() =>
    JSON.stringify(data instanceof Array ? data : { t: [...data.t], v: [...data.v] })
  );
  const view: ElementView = {
    value: (name) => (name === "data" ? chartData(data) : undefined),
    call: () => Promise.resolve(undefined),
  };
  const [summary, summaryMs] = timed(() => JSON.stringify(chartData(data)));
  const query = (range?: [number, number]) => ({
    points: POINTS,
    range,
    traces: [{ x: "t", y: "v", decimator: "minmax" }],
  });
  const [first, firstMs] = await timedAsync(() => chartRequest(query(), view));
  const [, lttbMs] = await timedAsync(() =>
    chartRequest({ ...query(), traces: [{ x: "t", y: "v", decimator: "lttb" }] }, view)
  );
  const [zoomed, zoomMs] = await timedAsync(() => chartRequest(query([400_000, 410_000]), view));
  const firstBytes = JSON.stringify(first).length;
  const zoomBytes = JSON.stringify(zoomed).length;
  console.log(`${ROWS.toLocaleString("en")} points as ${label}:`);
  console.log(
    `  baseline, whole series as JSON: ${(full.length / 1e6).toFixed(1)} MB, ${fullMs.toFixed(0)} ms`,
  );
  console.log(
    `  summary in the patch: ${summary.length} bytes, ${summaryMs.toFixed(0)} ms (prepares the columns once)`,
  );
  console.log(
    `  first view (minmax, ${POINTS} points): ${(firstBytes / 1e3).toFixed(0)} kB in ${
      firstMs.toFixed(1)
    } ms; ` +
      `lttb ${lttbMs.toFixed(1)} ms`,
  );
  console.log(`  zoom to 1%: ${(zoomBytes / 1e3).toFixed(0)} kB in ${zoomMs.toFixed(1)} ms`);
  console.log(`  bytes vs baseline: ${(full.length / (summary.length + firstBytes)).toFixed(0)}x fewer`);
}
