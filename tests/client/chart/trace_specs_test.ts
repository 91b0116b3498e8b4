import { test } from "uvu";
import * as assert from "uvu/assert";
import { traceProp, traceSpecs } from "../../../gui/client/chart/trace_specs.ts";
import { columnInfos } from "../../../gui/client/chart/trace_data.ts";

const columns = columnInfos({ t: [1, 2], a: [3, 4], b: [5, 6], label: ["x", "y"] });

test("traceProp() prefers the indexed form and falls back to the plain one", () => {
  assert.is(traceProp({ color: "red", "color[2]": "blue" }, "color", 2), "blue");
  assert.is(traceProp({ color: "red", "color[2]": "blue" }, "color", 1), "red");
  assert.is(traceProp({}, "color", 1), undefined);
});

test("traceSpecs() makes one trace per index of y, with their own type, colour and name", () => {
  const specs = traceSpecs({
    x: "t",
    "y[1]": "a",
    "y[2]": "b",
    "type[2]": "bar",
    "color[1]": "red",
    "name[2]": "B",
  }, columns);
  assert.equal(
    specs.map((spec) => [spec.trace, spec.kind, spec.columns.x, spec.columns.y, spec.name, spec.color]),
    [
      [1, "scatter", "t", "a", "a", "red"],
      [2, "bar", "t", "b", "B", undefined],
    ],
  );
});

test("traceSpecs() reads mode and Taipy's lines type", () => {
  const [markers] = traceSpecs({ y: "a", mode: "markers" }, columns);
  assert.equal([markers?.lines, markers?.markers], [false, true]);
  const [lines] = traceSpecs({ y: "a", type: "lines" }, columns);
  assert.equal([lines?.kind, lines?.lines, lines?.markers], ["scatter", true, false]);
  const [both] = traceSpecs({ y: "a" }, columns);
  assert.equal([both?.lines, both?.markers], [true, true], "Taipy's default mode is lines+markers");
});

test("traceSpecs() without y draws every numeric column other than x, and x defaults to a column named x", () => {
  const specs = traceSpecs({ x: "t" }, columns);
  assert.equal(specs.map((spec) => spec.columns.y), ["a", "b"]);
  const [implicit] = traceSpecs({}, columnInfos({ x: [1], y: [2] }));
  assert.equal(implicit?.columns, { x: "x", y: "y" });
});

test("traceSpecs() finds a pie's labels and values, a map's lat/lon and a candlestick's prices by name", () => {
  const [pie] = traceSpecs({ type: "pie" }, columns);
  assert.equal(pie?.columns, { values: "t", labels: "label" });
  const [map] = traceSpecs({ type: "scattermapbox" }, columnInfos({ Latitude: [1], lng: [2] }));
  assert.equal([map?.kind, map?.columns.lat, map?.columns.lon], ["scattermap", "Latitude", "lng"]);
  const [candles] = traceSpecs(
    { type: "candlestick", x: "d" },
    columnInfos({ d: ["a"], Open: [1], High: [2], Low: [0], Close: [1] }),
  );
  assert.equal(candles?.columns, { x: "d", open: "Open", high: "High", low: "Low", close: "Close" });
});

test("traceSpecs() reads options as an object or JSON text, and the decimator per trace", () => {
  const specs = traceSpecs({
    "y[1]": "a",
    "y[2]": "b",
    "options[2]": '{"fill": "tozeroy"}',
    "decimator[1]": "lttb",
  }, columns);
  assert.equal(specs.map((spec) => [spec.options, spec.decimator]), [[{}, "lttb"], [
    { fill: "tozeroy" },
    "minmax",
  ]]);
});

test.run();
