/**
 * Figure 7, data, on Tapir's chart and table elements (figures they lack are skipped with a note):
 *
 * - a one-million-point chart series: from navigation to the decimated series drawn, and the bytes the
 *   page received over its WebSocket (baseline: the bytes of the raw points as JSON, what a page without
 *   server-side decimation would have to receive);
 * - a one-million-row table: from navigation to the first rows shown, then a page of rows fetched, sorted
 *   and filtered on the server (round trips timed in the page);
 * - a live chart, 20 points/s sliding a 10,000-point window: frame intervals in the browser while it
 *   runs (baseline: the same page while nothing changes).
 */
import type { BrowserContext, Page } from "playwright-core";
import { startChild } from "../support/bench_child.ts";
import { epochNow } from "../support/clock.ts";
import { elementAvailable } from "../support/element_available.ts";
import type { Row } from "../support/report.ts";
import type { FigureContext } from "../support/side.ts";
import { summarize } from "../support/stats.ts";
import { watchPageCpu } from "../support/page_cpu.ts";

const SECTION = "data";

/** Counts the bytes the page receives over WebSockets. */
function countSocketBytes(page: Page): () => number {
  let bytes = 0;
  page.on("websocket", (socket) => socket.on("framereceived", (frame) => (bytes += frame.payload.length)));
  return () => bytes;
}

/** The number of points the first series of the page's chart draws (0 until it draws). */
const CHART_POINTS = `(() => {
  const chart = document.querySelector("tp-chart")?.echarts;
  const series = chart?.getOption()?.series?.[0];
  return series?.data?.length ?? 0;
})()`;

/** Frame intervals (ms) over `ms` milliseconds, from requestAnimationFrame. */
const frameIntervals = (ms: number) =>
  `new Promise((resolve) => {
  const frames = [];
  let last = performance.now();
  const end = last + ${ms};
  const step = (now) => {
    frames.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(step); else resolve(frames);
  };
  requestAnimationFrame(step);
})`;

/** Times one table request in the page (ms). */
const timedTableRequest = (query: unknown) =>
  `(async () => {
  const index = document.querySelector("tp-table").index;
  const start = performance.now();
  const answer = await window.__tapir.connection.request(index, ${JSON.stringify(query)});
  return [performance.now() - start, answer.total];
})()`;

async function chartRows(context: BrowserContext, url: string): Promise<Row[]> {
  const page = await context.newPage();
  const received = countSocketBytes(page);
  const start = epochNow();
  await page.goto(`${url}chart`);
  await page.waitForFunction(`${CHART_POINTS} > 0`, undefined, { timeout: 60_000, polling: 20 });
  const drawnMs = epochNow() - start;
  const points = Number(await page.evaluate(CHART_POINTS));
  // What the raw series would weigh as JSON: a page drawing it without the server's help gets that much.
  const rawBytes = JSON.stringify({
    t: Array.from({ length: 1_000_000 }, (_, index) => index),
    v: Array.from({ length: 1_000_000 }, (_, index) => Math.round(Math.sin(index / 500) * 5000) / 100),
  }).length;
  await page.close();
  return [
    {
      section: SECTION,
      figure: "1,000,000-point chart: navigation -> decimated series drawn",
      unit: "ms",
      tapir: drawnMs,
      note: `${points} points drawn`,
    },
    {
      section: SECTION,
      figure: "1,000,000-point chart: bytes received over the WebSocket",
      unit: "KB",
      tapir: received() / 1024,
      baseline: rawBytes / 1024,
      note: "baseline: the raw points as JSON",
    },
  ];
}

async function tableRows(context: BrowserContext, url: string): Promise<Row[]> {
  const page = await context.newPage();
  const start = epochNow();
  await page.goto(`${url}table`);
  await page.waitForFunction(
    () => (document.querySelector("tp-table tbody")?.children.length ?? 0) > 0,
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  const shownMs = epochNow() - start;
  const columns = ["id", "name", "value"];
  const page100 = { kind: "page", start: 500_000, count: 100, columns, sort: [], filters: [] };
  const sorted = { ...page100, start: 0, sort: [{ column: "value", direction: "desc" }] };
  const filtered = { ...page100, start: 0, filters: [{ column: "name", op: "contains", value: "777" }] };
  const both = { ...sorted, filters: filtered.filters };
  const time = async (query: unknown) => (await page.evaluate(timedTableRequest(query))) as [number, number];
  const [fetchMs] = await time(page100);
  const [sortMs] = await time(sorted);
  const [sortAgainMs] = await time({ ...sorted, start: 100 });
  const [filterMs, filteredCount] = await time(filtered);
  const [bothMs] = await time(both);
  await page.close();
  const row = (figure: string, ms: number, note?: string): Row => ({
    section: SECTION,
    figure: `1,000,000-row table: ${figure}`,
    unit: "ms",
    tapir: ms,
    ...(note === undefined ? {} : { note }),
  });
  return [
    row("navigation -> first rows shown", shownMs),
    row("fetch 100 rows from the middle", fetchMs),
    row(
      "sort by a number column, first page",
      sortMs,
      `next page in the same order: ${sortAgainMs.toFixed(1)} ms`,
    ),
    row('filter (name contains "777"), first page', filterMs, `${filteredCount} rows match`),
    row("sort and filter, first page", bothMs),
  ];
}

async function liveRows(
  context: BrowserContext,
  url: string,
  server: ReturnType<typeof startChild>,
  seconds: number,
  profileDir: string | undefined,
): Promise<Row[]> {
  const page = await context.newPage();
  await page.goto(`${url}live`);
  await page.waitForFunction(`${CHART_POINTS} > 0`, undefined, { timeout: 60_000, polling: 20 });
  const cpu = await watchPageCpu(page, profileDir);
  const idle = (await page.evaluate(frameIntervals(seconds * 1000))) as number[];
  const idleBusy = await cpu.busyMs();
  await cpu.startProfile();
  const recording = page.evaluate(frameIntervals(seconds * 1000)) as Promise<number[]>;
  const live = await server.request("live", { rate: 20, seconds }, (seconds + 30) * 1000);
  const frames = await recording;
  const liveBusy = (await cpu.busyMs()) - idleBusy;
  await cpu.stopProfile("tapir_page_live_chart");
  await page.close();
  const percent = (ms: number) => `${((100 * ms) / (seconds * 1000)).toFixed(0)}%`;
  const busy = summarize(frames);
  const still = summarize(idle);
  const long = (samples: number[]) => samples.filter((ms) => ms > 50).length;
  return [
    {
      section: SECTION,
      figure: "live chart, 20 points/s into a 10,000-point window: frame interval p50",
      unit: "ms",
      tapir: busy.p50,
      baseline: still.p50,
      note:
        `baseline: the same page with nothing changing; ${
          String(live["ticks"])
        } points sent in ${seconds} s; ` +
        `page main thread busy ${percent(liveBusy)} (baseline ${percent(idleBusy)}), ` +
        `server CPU ${percent(Number(live["cpuMs"]))}`,
    },
    {
      section: SECTION,
      figure: "live chart, 20 points/s into a 10,000-point window: frame interval p99",
      unit: "ms",
      tapir: busy.p99,
      baseline: still.p99,
      note: `frames over 50 ms: ${long(frames)} of ${frames.length} (baseline ${
        long(idle)
      } of ${idle.length})`,
    },
  ];
}

/**
 * Measures the data figures, or reports them skipped; returns the table's rows.
 *
 * @example
 * ```ts
 * const rows = await measureData(context);
 * ```
 */
export async function measureData(context: FigureContext): Promise<Row[]> {
  const chart = await elementAvailable("chart");
  const table = await elementAvailable("table");
  if (!chart || !table) {
    const skipped = (what: string) => `skipped: no ${what} element yet`;
    return [
      {
        section: SECTION,
        figure: "1,000,000-point chart series, decimated and delivered",
        unit: "ms",
        tapir: undefined,
        note: chart ? "" : skipped("chart"),
      },
      {
        section: SECTION,
        figure: "1,000,000-row table: fetch, sort, filter",
        unit: "ms",
        tapir: undefined,
        note: table ? "" : skipped("table"),
      },
      {
        section: SECTION,
        figure: "live chart, 20 points/s into a 10,000-point window",
        unit: "ms",
        tapir: undefined,
        note: chart ? "" : skipped("chart"),
      },
    ];
  }
  const server = startChild("bench/servers/data_server.ts", {
    runtime: context.options.runtime,
    name: "data server",
  });
  // Tapir's pages forbid eval; the probes below are strings (see page_probe.ts for why), which need it.
  const browserContext = await context.browser.newContext({ bypassCSP: true });
  try {
    const url = String((await server.ready)["url"]);
    const rows: Row[] = [];
    const attempt = async (what: string, measure: () => Promise<Row[]>) => {
      try {
        rows.push(...(await measure()));
      } catch (error) {
        rows.push({
          section: SECTION,
          figure: what,
          unit: "ms",
          tapir: undefined,
          note: `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        });
      }
    };
    await attempt("1,000,000-point chart", () => chartRows(browserContext, url));
    await attempt("1,000,000-row table", () => tableRows(browserContext, url));
    await attempt(
      "live chart",
      () => liveRows(browserContext, url, server, context.options.quick ? 3 : 10, context.options.profileDir),
    );
    return rows;
  } finally {
    await browserContext.close();
    await server.stop();
  }
}
