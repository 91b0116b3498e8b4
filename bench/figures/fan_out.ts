/**
 * Figures 3 and 4, fan-out and memory: 100, 1,000 (and 5,000 in the full run) lightweight WebSocket
 * clients in a separate process, one server process per side and client count.
 *
 * - delivery: one broadcast at a time (Tapir: broadcastCallback; baseline: the same JSON text written to
 *   every socket), p50/p99 over every client of "received - broadcast called";
 * - throughput: a burst of broadcasts, awaited one by one; messages received by all clients per second
 *   (Tapir may merge values a slow client has not taken yet: only the latest counts, so it may deliver
 *   fewer messages for the same result);
 * - memory: the server's resident memory idle, and per client once they are connected (after a GC).
 */
import { currentRuntime, numbersOf, startChild } from "../support/bench_child.ts";
import { sleep } from "../support/clock.ts";
import type { Row } from "../support/report.ts";
import { type FigureContext, type SideName, SIDES, startSide } from "../support/side.ts";
import { summarize } from "../support/stats.ts";

interface FanOutResult {
  idleBytes: number;
  bytesPerClient: number;
  /** Per client again, after the broadcasts (what a session keeps of its traffic). */
  bytesPerClientAfter: number;
  /** JavaScript heap per client, at connection and after the broadcasts. */
  heapPerClient: number;
  heapPerClientAfter: number;
  p50: number;
  p99: number;
  missing: number;
  updatesPerSecond: number;
  /** Messages received in the burst over clients x broadcasts. */
  deliveredShare: number;
  /** How long the broadcast call itself took, median. */
  callMs: number;
}

/** Broadcasts one at a time. */
const ROUNDS = { quick: 5, full: 40 };

/**
 * Broadcasts in the burst: in the full run enough that, with the rounds, Tapir's replay buffer (256
 * patches per client) is full, so that memory "after" is its steady state; fewer for 5,000 clients,
 * to bound the run's time.
 */
function burstSize(quick: boolean, clients: number): number {
  return quick ? 20 : Math.min(300, Math.floor(300_000 / clients));
}

async function runSide(context: FigureContext, name: SideName, clients: number): Promise<FanOutResult> {
  const { options } = context;
  const rounds = options.quick ? ROUNDS.quick : ROUNDS.full;
  const burst = burstSize(options.quick, clients);
  const side = await startSide(name, options, { exposeGc: true });
  const swarm = startChild("bench/servers/swarm.ts", { runtime: currentRuntime, name: "swarm" });
  try {
    await swarm.ready;
    await sleep(300);
    const idle = await side.server.request("stats", { gc: true });
    const socketUrl = side.url.replace(/^http/, "ws") + (name === "tapir" ? "_tapir/ws" : "ws");
    const connected = await swarm.request(
      "connect",
      { url: socketUrl, protocol: name, count: clients },
      180_000,
    );
    context.log(
      `fan-out: ${name}, ${clients} clients connected in ${Number(connected["took"]).toFixed(0)} ms`,
    );
    await sleep(500);
    const loaded = await side.server.request("stats", { gc: true });

    const broadcastAt = new Map<number, number>();
    const calls: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const value = 1000 + round;
      const reply = await side.server.request("broadcast", { value });
      broadcastAt.set(value, Number(reply["t"]));
      calls.push(Number(reply["took"]));
      await swarm.request("wait", { value, timeoutMs: 10_000 });
      await sleep(20);
    }
    const delays = await swarm.request("delays", {
      values: [...broadcastAt.keys()],
      at: [...broadcastAt.values()],
    });
    const deliveries = numbersOf(delays, "delays");
    const summary = summarize(deliveries);

    await swarm.request("reset");
    const first = 50_000;
    const burstReply = await side.server.request("burst", { from: first, count: burst }, 120_000);
    const done = await swarm.request("wait", { value: first + burst - 1, timeoutMs: 60_000 });
    const { messages } = await swarm.request("received");
    await sleep(300);
    const after = await side.server.request("stats", { gc: true });
    const seconds = (Number(done["last"]) - Number(burstReply["t"])) / 1000;
    return {
      idleBytes: Number(idle["rss"]),
      bytesPerClient: (Number(loaded["rss"]) - Number(idle["rss"])) / clients,
      bytesPerClientAfter: (Number(after["rss"]) - Number(idle["rss"])) / clients,
      heapPerClient: (Number(loaded["heap"]) - Number(idle["heap"])) / clients,
      heapPerClientAfter: (Number(after["heap"]) - Number(idle["heap"])) / clients,
      p50: summary.p50,
      p99: summary.p99,
      missing: clients * rounds - deliveries.length,
      updatesPerSecond: Number(messages) / seconds,
      deliveredShare: Number(messages) / (clients * burst),
      callMs: summarize(calls).p50,
    };
  } finally {
    await swarm.stop();
    await side.server.stop();
  }
}

/**
 * Measures fan-out and memory for both sides; returns the table's rows.
 *
 * @example
 * ```ts
 * const rows = await measureFanOut(context);
 * ```
 */
export async function measureFanOut(context: FigureContext): Promise<Row[]> {
  const counts = context.options.quick ? [100, 1000] : [100, 1000, 5000];
  const rounds = context.options.quick ? ROUNDS.quick : ROUNDS.full;

  const rows: Row[] = [];
  for (const [step, clients] of counts.entries()) {
    const results = new Map<SideName, FanOutResult>();
    for (const name of step % 2 === 0 ? SIDES : [...SIDES].reverse()) {
      results.set(name, await runSide(context, name, clients));
    }
    const tapir = results.get("tapir");
    const baseline = results.get("baseline");
    if (tapir === undefined || baseline === undefined) continue;
    const at1000 = clients === 1000;
    const kb = (bytes: number) => bytes / 1024;
    if (step === 0) {
      rows.push({
        section: "memory",
        figure: "server resident memory, idle",
        unit: "MB",
        tapir: tapir.idleBytes / 2 ** 20,
        baseline: baseline.idleBytes / 2 ** 20,
      });
    }
    rows.push(
      {
        section: "fan-out",
        figure: `broadcast delivery p99 @ ${clients} clients`,
        unit: "ms",
        tapir: tapir.p99,
        baseline: baseline.p99,
        note:
          `p50 Tapir ${tapir.p50.toFixed(1)} ms, baseline ${baseline.p50.toFixed(1)} ms; broadcast call ${
            tapir.callMs.toFixed(1)
          } ms vs ${baseline.callMs.toFixed(1)} ms` +
          (tapir.missing + baseline.missing > 0 ? `; missing ${tapir.missing} / ${baseline.missing}` : ""),
        ...(at1000 ? { target: "< 50 ms", met: tapir.p99 < 50 && tapir.missing === 0 } : {}),
      },
      {
        section: "fan-out",
        figure: `updates delivered per second @ ${clients} clients (higher is better)`,
        unit: "/s",
        tapir: tapir.updatesPerSecond,
        baseline: baseline.updatesPerSecond,
        note: `share of burst messages delivered: Tapir ${
          (100 * tapir.deliveredShare).toFixed(0)
        }%, baseline ${(100 * baseline.deliveredShare).toFixed(0)}%`,
      },
      {
        section: "memory",
        figure: `server memory per client @ ${clients} clients`,
        unit: "KB",
        tapir: kb(tapir.bytesPerClient),
        baseline: kb(baseline.bytesPerClient),
        ...(at1000 ? { target: "< 50 KB", met: kb(tapir.bytesPerClient) < 50 } : {}),
        note: `JS heap per client: Tapir ${kb(tapir.heapPerClient).toFixed(1)} KB, baseline ${
          kb(baseline.heapPerClient).toFixed(1)
        } KB`,
      },
      {
        section: "memory",
        figure: `server memory per client @ ${clients} clients, after ${
          rounds + burstSize(context.options.quick, clients)
        } broadcasts`,
        unit: "KB",
        tapir: kb(tapir.bytesPerClientAfter),
        baseline: kb(baseline.bytesPerClientAfter),
        ...(at1000 ? { target: "< 50 KB", met: kb(tapir.bytesPerClientAfter) < 50 } : {}),
        note: `JS heap per client: Tapir ${kb(tapir.heapPerClientAfter).toFixed(1)} KB, baseline ${
          kb(baseline.heapPerClientAfter).toFixed(1)
        } KB`,
      },
    );
  }
  return rows;
}
