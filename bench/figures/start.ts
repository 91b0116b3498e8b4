/**
 * Figure 5, start and weight: from spawning the server process to its listening, and to the first render
 * of its page in a fresh browser context (no cache); what a text-only page downloads (requests, and bytes
 * of JavaScript as sent with gzip), counted from Playwright's request events. Every start is a new process,
 * so it includes the runtime's own start and, on Node, tsx compiling the TypeScript (cached after the
 * first run, as for any user), the same for both sides.
 */
import type { Page, Request } from "playwright-core";
import { epochNow } from "../support/clock.ts";
import { elementAvailable } from "../support/element_available.ts";
import { installProbe, takeShown, waitUntilShown } from "../support/page_probe.ts";
import type { Row } from "../support/report.ts";
import { type FigureContext, type SideName, SIDES, startSide, VALUE_SELECTOR } from "../support/side.ts";
import { median } from "../support/stats.ts";
import { startChild } from "../support/bench_child.ts";

interface StartResult {
  listenMs: number;
  firstRenderMs: number;
  /** Navigation start to first render. */
  pageMs: number;
  requests: number;
  scriptBytes: number;
  totalBytes: number;
}

/** Counts what the page downloads; the browser's own favicon request is left out. */
function watchRequests(
  page: Page,
): () => Promise<{ requests: number; scriptBytes: number; totalBytes: number }> {
  const finished: Request[] = [];
  page.on("requestfinished", (request) => {
    if (!request.url().endsWith("/favicon.ico")) finished.push(request);
  });
  return async () => {
    let scriptBytes = 0;
    let totalBytes = 0;
    for (const request of finished) {
      const sizes = await request.sizes();
      totalBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      if (request.resourceType() === "script") scriptBytes += sizes.responseBodySize;
    }
    return { requests: finished.length, scriptBytes, totalBytes };
  };
}

async function startOnce(context: FigureContext, name: SideName): Promise<StartResult> {
  const side = await startSide(name, context.options);
  const browserContext = await context.browser.newContext();
  try {
    const page = await browserContext.newPage();
    const downloads = watchRequests(page);
    await installProbe(page, VALUE_SELECTOR[name]);
    const navigationAt = epochNow();
    await page.goto(side.url);
    if (!(await waitUntilShown(page, VALUE_SELECTOR[name], "0", 10_000))) {
      throw new Error(`${name}: the page never showed its value`);
    }
    const renderedAt = (await takeShown(page))[0]?.[1] ?? Number.NaN;
    return {
      listenMs: side.listeningAt - side.server.spawnedAt,
      firstRenderMs: renderedAt - side.server.spawnedAt,
      pageMs: renderedAt - navigationAt,
      ...(await downloads()),
    };
  } finally {
    await browserContext.close();
    await side.server.stop();
  }
}

/**
 * Measures start times and page weight for both sides; returns the table's rows.
 *
 * @example
 * ```ts
 * const rows = await measureStart(context);
 * ```
 */
export async function measureStart(context: FigureContext): Promise<Row[]> {
  const starts = context.options.quick ? 2 : 7;
  const results: Record<SideName, StartResult[]> = { tapir: [], baseline: [] };
  // One start each first, not counted: it fills tsx's compile cache and the OS's file cache.
  for (const name of SIDES) await startOnce(context, name);
  for (let index = 0; index < starts; index++) {
    for (const name of index % 2 === 0 ? SIDES : [...SIDES].reverse()) {
      results[name].push(await startOnce(context, name));
    }
  }
  const floor: number[] = [];
  for (let index = 0; index < starts; index++) {
    const empty = startChild("bench/servers/empty_program.ts", {
      runtime: context.options.runtime,
      name: "empty program",
    });
    floor.push(Number((await empty.ready)["listeningAt"]) - empty.spawnedAt);
    await empty.stop();
  }
  const med = (name: SideName, pick: (result: StartResult) => number) => median(results[name].map(pick));
  const both = (pick: (result: StartResult) => number) => ({
    tapir: med("tapir", pick),
    baseline: med("baseline", pick),
  });
  const listen = both((result) => result.listenMs);
  const render = both((result) => result.firstRenderMs);
  const script = both((result) => result.scriptBytes / 1024);
  const rows: Row[] = [
    {
      section: "start",
      figure: "process spawned -> listening (median)",
      unit: "ms",
      ...listen,
      target: "< 300 ms",
      met: listen.tapir < 300,
      note: `an empty TypeScript program is ready after ${median(floor).toFixed(0)} ms on this runtime`,
    },
    {
      section: "start",
      figure: "process spawned -> first render in a page (median)",
      unit: "ms",
      ...render,
      target: "< 500 ms",
      met: render.tapir < 500,
    },
    {
      section: "start",
      figure: "navigation -> first render (median)",
      unit: "ms",
      ...both((result) => result.pageMs),
    },
    {
      section: "weight",
      figure: "JavaScript downloaded by a text-only page (gzip)",
      unit: "KB",
      ...script,
      target: "< 50 KB",
      met: script.tapir < 50,
      note: "the baseline's script is inline in its HTML",
    },
    {
      section: "weight",
      figure: "requests of a text-only page",
      unit: "",
      ...both((result) => result.requests),
    },
    {
      section: "weight",
      figure: "bytes downloaded by a text-only page, all responses",
      unit: "KB",
      ...both((result) => result.totalBytes / 1024),
    },
  ];
  if (!(await elementAvailable("chart"))) {
    rows.push({
      section: "weight",
      figure: "JavaScript downloaded by a page with a chart (gzip)",
      unit: "KB",
      tapir: undefined,
      note: "skipped: no chart element yet",
    });
  }
  return rows;
}
