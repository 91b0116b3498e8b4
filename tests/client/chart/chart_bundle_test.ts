import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildClientAssets, type ClientAssets } from "../../../gui/server/client_build.ts";

let built: Promise<ClientAssets> | undefined;
const assets = (): Promise<ClientAssets> => (built ??= buildClientAssets());
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** Gzipped bytes of the scripts a page with these element types loads, and their names. */
async function pageScripts(types: string[]): Promise<{ names: string[]; gzip: number }> {
  const { files, scriptsFor } = await assets();
  const { modules, preloads } = scriptsFor(types);
  const names = [...modules, ...preloads];
  return { names, gzip: names.reduce((sum, name) => sum + (files.get(name)?.gzip.byteLength ?? 0), 0) };
}

test("a page without a chart loads no chart code", async () => {
  const { files } = await assets();
  for (const name of (await pageScripts(["text", "slider", "button"])).names) {
    const code = decode(files.get(name)?.body);
    assert.not.ok(code.includes("tp-chart") || code.includes("zrender"), `${name} carries chart code`);
  }
});

test("a chart page loads ECharts' core with lines, scatter and bars, under 220 KB gzipped", async () => {
  const base = await pageScripts(["text"]);
  const withChart = await pageScripts(["text", "chart"]);
  assert.ok(withChart.names.includes("tp_chart.js"));
  const chart = withChart.gzip - base.gzip;
  assert.ok(chart > 50_000 && chart < 220 * 1024, `${chart} bytes`);
});

test("the less common chart types are a chunk of their own, loaded only when a chart shows one", async () => {
  const { files } = await assets();
  const tpChart = decode(files.get("tp_chart.js")?.body);
  const dynamic = [...tpChart.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((match) => match[1] ?? "");
  assert.is(dynamic.length, 1);
  const extra = dynamic[0] ?? "";
  assert.ok((files.get(extra)?.gzip.byteLength ?? 0) > 10_000, "pie, heatmap, box plot, candlestick");
  assert.not.ok((await pageScripts(["chart"])).names.includes(extra), "not preloaded");
});

test.run();
