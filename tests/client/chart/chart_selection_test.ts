import { test } from "uvu";
import * as assert from "uvu/assert";
import { selectionByTrace } from "../../../gui/client/chart/chart_selection.ts";
import {
  decimatable,
  LargeDataLoader,
  largeExtent,
  readChartResponse,
} from "../../../gui/client/chart/large_data_loader.ts";
import {
  clickPayload,
  dataIndexesOf,
  rowOf,
  selectedProperty,
  seriesRows,
} from "../../../gui/client/chart/series_rows.ts";
import type { TraceData } from "../../../gui/client/chart/trace_data.ts";
import { traceSpecs } from "../../../gui/client/chart/trace_specs.ts";
import type { ChartQuery, LargeChartData } from "../../../gui/protocol/chart_data.ts";

const [spec] = traceSpecs({ x: "t", y: "v" }, [{ name: "t", numeric: true }, { name: "v", numeric: true }]);
if (spec === undefined) throw new Error("no trace");
const sliced: TraceData = { spec, values: {}, rows: [0, 10, 20] };
const numbers: LargeChartData = {
  largeChartData: true,
  version: 1,
  length: 10,
  columns: [{ name: "t", kind: "time", min: 5, max: 9 }, { name: "v", kind: "number" }, {
    name: "l",
    kind: "other",
  }],
};

test("seriesRows() maps series to traces and rows, leaving out outliers", () => {
  const rows = seriesRows([{ id: "trace-1-scatter" }, { id: "trace-1-outliers" }, { id: "other" }], [sliced]);
  assert.equal(rows, [{ trace: 1, rows: [0, 10, 20] }, undefined, undefined]);
  const first = rows[0];
  if (first === undefined) throw new Error("no series");
  assert.is(rowOf(first, 2), 20);
  assert.equal(dataIndexesOf(first, [10, 15, 20]), [1, 2]);
  assert.equal(dataIndexesOf({ trace: 1, rows: undefined }, [4]), [4]);
});

test("clickPayload() gives x, y, the data row and the trace of the clicked point", () => {
  const series = [{ trace: 1, rows: [0, 10] }, undefined];
  assert.equal(clickPayload(series, { seriesIndex: 0, dataIndex: 1, value: [5, 7] }), {
    x: 5,
    y: 7,
    index: 10,
    trace: 1,
  });
  assert.equal(
    clickPayload([{ trace: 2, rows: undefined }], { seriesIndex: 0, dataIndex: 0, value: 3, name: "Jan" }),
    {
      x: "Jan",
      y: 3,
      index: 0,
      trace: 2,
    },
  );
  assert.is(
    clickPayload(series, { seriesIndex: 1, dataIndex: 0 }),
    undefined,
    "outliers are no trace's points",
  );
});

test("selectedProperty() picks selected[n], or selected for the first trace", () => {
  assert.is(selectedProperty(1, { selected: "k" }), "selected");
  assert.is(selectedProperty(2, { selected: "k", "selected[2]": "j" }), "selected[2]");
  assert.is(selectedProperty(2, { selected: "k" }), undefined);
});

test("selectionByTrace() writes each writable trace whose rows changed, as sorted data rows", () => {
  const series = seriesRows([{ id: "trace-1-scatter" }, { id: "trace-2-scatter" }], [sliced]);
  const writes = { selected: "a", "selected[2]": "b" };
  const current = (property: string): unknown => (property === "selected[2]" ? [] : [0]);
  const result = selectionByTrace(series, [{ seriesIndex: 0, dataIndex: [2, 1] }], writes, current);
  assert.equal([...result], [["selected", [10, 20]]], "trace 2 did not change");
  const cleared = selectionByTrace(series, [], writes, current);
  assert.equal([...cleared], [["selected", []]]);
});

test("LargeDataLoader asks for decimated traces over a range and drops superseded answers", async () => {
  const queries: ChartQuery[] = [];
  const answers: ((value: unknown) => void)[] = [];
  const loader = new LargeDataLoader((query) => {
    queries.push(query);
    return new Promise((resolve) => answers.push(resolve));
  });
  const first = loader.load(numbers, [spec], 1600.4, [0, 10]);
  const second = loader.load(numbers, [spec], 800);
  assert.equal(queries[0], {
    points: 1600,
    range: [0, 10],
    traces: [{ y: "v", decimator: "minmax", x: "t" }],
  });
  const answer = { version: 1, traces: [{ x: [0, 5], y: [1, 2], index: [0, 5] }], columns: {} };
  answers[0]?.(answer);
  answers[1]?.(answer);
  assert.is(await first, undefined);
  assert.equal(await second, [{ spec, values: { x: [0, 5], y: [1, 2] }, rows: [0, 5] }]);
});

test("LargeDataLoader asks for whole columns for traces it cannot decimate", async () => {
  const [pie] = traceSpecs({ type: "pie", labels: "l", values: "v" }, []);
  if (pie === undefined) throw new Error("no pie");
  let asked: ChartQuery | undefined;
  const loader = new LargeDataLoader((query) => {
    asked = query;
    return Promise.resolve({ version: 2, traces: [], columns: { l: ["a"], v: [1] } });
  });
  const [trace] = (await loader.load(numbers, [pie], 100)) ?? [];
  assert.equal(asked, { points: 100, columns: ["l", "v"] });
  assert.equal(trace?.values, { labels: ["a"], values: [1] });
});

test("readChartResponse() refuses what is not a chart response; largeExtent() reads the x column", () => {
  assert.throws(() => readChartResponse({ traces: "no" }), /malformed/);
  assert.equal(largeExtent(numbers, [spec]), { type: "time", min: 5, max: 9 });
  assert.equal(largeExtent(numbers, []), { type: "value", min: 0, max: 9 });
  const [pie] = traceSpecs({ type: "pie", labels: "l", values: "v" }, []);
  assert.is(largeExtent(numbers, pie === undefined ? [] : [pie]), undefined, "whole columns keep their axes");
});

test("decimatable() wants numeric y over numeric or time x, in scatter or bar traces", () => {
  const specs = (props: Record<string, unknown>) =>
    traceSpecs(
      props,
      numbers.columns.map((column) => ({ name: column.name, numeric: column.kind === "number" })),
    );
  assert.ok(decimatable(numbers, specs({ x: "t", y: "v" })));
  assert.ok(decimatable(numbers, specs({ y: "v", type: "bar" })));
  assert.not.ok(decimatable(numbers, specs({ x: "l", y: "v", type: "bar" })), "bars over text");
  assert.not.ok(decimatable(numbers, specs({ x: "t", y: "l" })), "text y");
  assert.not.ok(decimatable(numbers, specs({ type: "pie", labels: "l", values: "v" })));
});

test.run();
