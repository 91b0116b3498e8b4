import { test } from "uvu";
import * as assert from "uvu/assert";
import { chartRequest } from "../../gui/elements/chart/chart_request.ts";
import { chartData, LARGE_DATA_ROWS, prepareData, sourceData } from "../../gui/elements/chart/large_data.ts";
import { readChartQuery } from "../../gui/elements/chart/read_chart_query.ts";
import type { ElementView } from "../../gui/elements/element_definition.ts";
import { type ChartResponse, isLargeChartData } from "../../gui/protocol/chart_data.ts";

const ROWS = 100_000;
const wave = {
  t: Float64Array.from({ length: ROWS }, (_, row) => row * 10),
  v: Float64Array.from({ length: ROWS }, (_, row) => Math.sin(row / 100)),
};

/** An element whose data is `data` (through the transform, as the session evaluates it). */
function view(data: unknown, props: Record<string, unknown> = {}, calls: unknown[][] = []): ElementView {
  return {
    value: (name) => (name === "data" ? chartData(data) : props[name]),
    call: (name, args) => {
      calls.push([name, ...args]);
      return Promise.resolve(undefined);
    },
  };
}

const ask = async (query: unknown, data: unknown = wave): Promise<ChartResponse> =>
  (await chartRequest(query, view(data))) as ChartResponse;

test("chartData() passes small data through unchanged, so that appends still travel as deltas", () => {
  const data = [{ x: 1, y: 2 }];
  assert.is(chartData(data), data);
  assert.equal(chartData({ x: new Float64Array([1, 2]), y: [3, 4] }), { x: [1, 2], y: [3, 4] });
  assert.is(chartData(null), null);
});

test("chartData() turns large data into a summary of its columns that JSON keeps on the server", () => {
  const summary = chartData(wave);
  assert.ok(isLargeChartData(summary));
  const json = JSON.parse(JSON.stringify(summary));
  assert.equal(json.columns[0], { name: "t", kind: "number", min: 0, max: (ROWS - 1) * 10 });
  assert.is(json.columns[1].kind, "number");
  assert.ok(json.columns[1].min < -0.999 && json.columns[1].max > 0.999);
  assert.is(json.length, ROWS);
  assert.ok(JSON.stringify(summary).length < 300, "the summary is small");
  assert.is(sourceData(summary), wave);
  assert.is(
    (chartData(wave) as { version: number }).version,
    json.version,
    "the same data keeps its version",
  );
  const copy = { t: wave.t.slice(), v: wave.v.slice() };
  assert.is.not((chartData(copy) as { version: number }).version, json.version, "new data, new version");
});

test("chartData() reads records, dates and date strings", () => {
  const records = Array.from({ length: LARGE_DATA_ROWS + 1 }, (_, row) => ({
    when: new Date(Date.UTC(2024, 0, 1) + row * 60_000),
    label: `r${row}`,
    value: row,
  }));
  const summary = chartData(records);
  assert.ok(isLargeChartData(summary));
  assert.equal(summary.columns.map((column) => column.kind), ["time", "other", "number"]);
  assert.is(summary.columns[0]?.min, Date.UTC(2024, 0, 1));
  assert.ok(prepareData(records).ascending("when"));
});

test("a query over all rows gets about the points asked for, with the first and last rows", async () => {
  const response = await ask({ points: 1000, traces: [{ x: "t", y: "v", decimator: "minmax" }] });
  const [trace] = response.traces;
  assert.ok(trace !== undefined && trace.x.length <= 1000 && trace.x.length > 900);
  assert.is(trace.index[0], 0);
  assert.is(trace.index.at(-1), ROWS - 1);
  assert.is(trace.x[1], (trace.index[1] ?? 0) * 10);
  assert.ok(Math.max(...trace.y.map(Number)) > 0.999 && Math.min(...trace.y.map(Number)) < -0.999);
});

test("a query over a range covers it, one row beyond each end, in detail", async () => {
  const response = await ask({
    points: 500,
    range: [200_000, 300_000],
    traces: [{ x: "t", y: "v", decimator: "lttb" }],
  });
  const xs = response.traces[0]?.x ?? [];
  assert.is(xs.length, 500);
  assert.ok((xs[0] ?? Infinity) <= 200_000 && (xs.at(-1) ?? 0) >= 300_000);
  assert.ok((xs[0] ?? 0) >= 199_990 && (xs.at(-1) ?? Infinity) <= 300_010, "nothing far outside the range");
  const none = await ask({
    points: 50,
    range: [1000, 1100],
    traces: [{ x: "t", y: "v", decimator: "none" }],
  });
  assert.equal(none.traces[0]?.index, Array.from({ length: 13 }, (_, offset) => 99 + offset));
});

test("a trace without x uses row numbers; a cloud of points is filtered by range", async () => {
  const byRow = await ask({ points: 100, range: [10, 20], traces: [{ y: "v", decimator: "minmax" }] });
  assert.equal(byRow.traces[0]?.x, Array.from({ length: 13 }, (_, offset) => 9 + offset));
  const cloud = {
    x: Float64Array.from({ length: 6000 }, (_, row) => (row * 7919) % 6000),
    y: new Float64Array(6000),
  };
  const filtered = await ask({
    points: 10_000,
    range: [100, 199],
    traces: [{ x: "x", y: "y", decimator: "minmax" }],
  }, cloud);
  const xs = filtered.traces[0]?.x ?? [];
  assert.is(xs.length, 100);
  assert.ok(xs.every((x) => x >= 100 && x <= 199));
});

test("a query for whole columns gets them as arrays", async () => {
  const records = Array.from({ length: LARGE_DATA_ROWS + 1 }, (_, row) => ({ label: `r${row}`, value: row }));
  const response = await ask({ points: 10, columns: ["label"] }, records);
  assert.is(response.columns["label"]?.length, LARGE_DATA_ROWS + 1);
  assert.is(response.columns["label"]?.[2], "r2");
});

test("a query naming a missing column or malformed is refused with a reason", async () => {
  await ask({ points: 10, traces: [{ y: "nope", decimator: "minmax" }] }).then(
    () => assert.unreachable(),
    (error: Error) => assert.match(error.message, /no column "nope"/),
  );
  assert.throws(() => readChartQuery({ points: "many" }), /points must be a number/);
  assert.throws(() => readChartQuery({ points: 10, range: [1] }), /range must be/);
  assert.throws(
    () => readChartQuery({ points: 10, traces: [{ y: "v", decimator: "rdp" }] }),
    /decimator must be/,
  );
  assert.equal(readChartQuery({ points: 1e9, range: [5, 1] }), { points: 20_000, range: [1, 5] });
});

test("a range change calls the chart's on_range_change with its id and the range", async () => {
  const calls: unknown[][] = [];
  const element = view(wave, { id: "wave", on_range_change: "zoomed" }, calls);
  assert.is(await chartRequest({ rangeChange: { x: [1, 2] } }, element), null);
  assert.equal(calls, [["zoomed", "wave", { x: [1, 2] }]]);
  await chartRequest(
    { rangeChange: { x: ["2024-01-01T00:00:00.000Z", "2024-02-01T00:00:00.000Z"] } },
    view(wave),
  );
  await chartRequest({ rangeChange: { x: [1] } }, element).then(
    () => assert.unreachable(),
    (error: Error) => assert.match(error.message, /expected/),
  );
});

test.run();
