/**
 * Figure 1, push latency at 10 messages/s: from the moment a number is written to the receiver's TCP
 * socket (and, second, from the moment the server calls invokeCallback / ws.send) to the moment the page's
 * DOM shows it. Both servers run at once and take turns, 50 ms apart, so that a busy moment of this shared
 * machine hits both alike.
 */
import type { Page } from "playwright-core";
import { epochNow, sleep } from "../support/clock.ts";
import { clockOffset, installProbe, takeShown, waitUntilShown } from "../support/page_probe.ts";
import type { Row } from "../support/report.ts";
import {
  type FigureContext,
  type RunningSide,
  type SideName,
  SIDES,
  startSide,
  VALUE_SELECTOR,
} from "../support/side.ts";
import { summarize } from "../support/stats.ts";
import { connectSender, type TcpSender } from "../support/tcp_sender.ts";

/** Milliseconds between two numbers to one server: 10 messages/s. */
const PERIOD_MS = 100;

interface Contestant {
  side: RunningSide;
  page: Page;
  sender: TcpSender;
  /** Value -> when it was sent, per phase. */
  sentAt: Map<number, number>;
}

interface PhaseResult {
  latencies: Map<SideName, number[]>;
  /** Message received by the page -> DOM, per value shown. */
  inPage: Map<SideName, number[]>;
  missing: Map<SideName, number>;
}

type Push = (contestant: Contestant, value: number) => Promise<void>;

const pushOverTcp: Push = (contestant, value) => {
  contestant.sentAt.set(value, epochNow());
  contestant.sender.write(`${value}\n`);
  return Promise.resolve();
};

const pushByCall: Push = async (contestant, value) => {
  const reply = await contestant.side.server.request("invoke", { value });
  contestant.sentAt.set(value, Number(reply["t"]));
};

/** Sends `count` numbers from `first` to each contestant in turn, then returns each one's latencies. */
async function runPhase(
  contestants: readonly Contestant[],
  push: Push,
  first: number,
  count: number,
): Promise<PhaseResult> {
  for (const contestant of contestants) {
    contestant.sentAt.clear();
    await takeShown(contestant.page);
  }
  const pending: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    // Alternate who goes first, so that neither always follows the other.
    const order = index % 2 === 0 ? contestants : [...contestants].reverse();
    for (const contestant of order) {
      pending.push(push(contestant, first + index));
      await sleep(PERIOD_MS / contestants.length);
    }
  }
  await Promise.all(pending);
  const latencies = new Map<SideName, number[]>();
  const inPage = new Map<SideName, number[]>();
  const missing = new Map<SideName, number>();
  for (const contestant of contestants) {
    const last = String(first + count - 1);
    await waitUntilShown(contestant.page, VALUE_SELECTOR[contestant.side.name], last, 5000);
    const shownAt = new Map<number, number>();
    const pageSamples: number[] = [];
    for (const [text, at, , messageAt] of await takeShown(contestant.page)) {
      const value = Number(text);
      if (shownAt.has(value) || !contestant.sentAt.has(value)) continue;
      shownAt.set(value, at);
      if (!Number.isNaN(messageAt)) pageSamples.push(at - messageAt);
    }
    inPage.set(contestant.side.name, pageSamples);
    const samples: number[] = [];
    for (const [value, sentAt] of contestant.sentAt) {
      const at = shownAt.get(value);
      if (at !== undefined) samples.push(at - sentAt);
    }
    latencies.set(contestant.side.name, samples);
    missing.set(contestant.side.name, count - samples.length);
  }
  return { latencies, inPage, missing };
}

function rowsOf(
  what: string,
  phase: PhaseResult,
  count: number,
  offsetNote: string,
): Row[] {
  const tapir = summarize(phase.latencies.get("tapir") ?? []);
  const baseline = summarize(phase.latencies.get("baseline") ?? []);
  const shown = `shown ${count - (phase.missing.get("tapir") ?? 0)}/${count} (baseline ${
    count - (phase.missing.get("baseline") ?? 0)
  })`;
  return (["p50", "p95", "p99"] as const).map((key) => {
    const row: Row = {
      section: "push latency",
      figure: `${what} ${key} @ 10 msgs/s`,
      unit: "ms",
      tapir: tapir[key],
      baseline: baseline[key],
      target: "< 1.3x baseline",
      met: tapir[key] <= 1.3 * baseline[key],
    };
    const tapirPage = summarize(phase.inPage.get("tapir") ?? [])[key];
    const baselinePage = summarize(phase.inPage.get("baseline") ?? [])[key];
    row.note = `in the page (message -> DOM): Tapir ${tapirPage.toFixed(2)} ms, baseline ${
      baselinePage.toFixed(2)
    } ms`;
    if (key === "p50") row.note += `; ${shown}; ${offsetNote}`;
    return row;
  });
}

/**
 * Measures push latency for both sides; returns the table's rows.
 *
 * @example
 * ```ts
 * const rows = await measureLatency(context);
 * ```
 */
export async function measureLatency(context: FigureContext): Promise<Row[]> {
  const { options, browser } = context;
  const count = options.quick ? 20 : 200;
  const contestants: Contestant[] = [];
  try {
    for (const name of SIDES) {
      const side = await startSide(name, options);
      const page = await browser.newPage();
      await installProbe(page, VALUE_SELECTOR[name]);
      await page.goto(side.url);
      await waitUntilShown(page, VALUE_SELECTOR[name], "0", 10_000);
      contestants.push({ side, page, sender: await connectSender(side.tcpPort), sentAt: new Map() });
    }
    const clock = await clockOffset(contestants[0]?.page ?? (await browser.newPage()));
    const offsetNote = `browser clock offset ${clock.offset.toFixed(2)} ± ${clock.uncertainty.toFixed(2)} ms`;
    context.log(`latency: warming up, then ${count} numbers per server over TCP, then ${count} by call`);
    await runPhase(contestants, pushOverTcp, 1, 20);
    const overTcp = await runPhase(contestants, pushOverTcp, 1000, count);
    const byCall = await runPhase(contestants, pushByCall, 100_000, count);
    return [
      ...rowsOf("TCP write -> DOM", overTcp, count, offsetNote),
      ...rowsOf("invokeCallback (baseline: ws.send) -> DOM", byCall, count, offsetNote),
    ];
  } finally {
    for (const contestant of contestants) {
      contestant.sender.close();
      await contestant.page.close();
      await contestant.side.server.stop();
    }
  }
}
