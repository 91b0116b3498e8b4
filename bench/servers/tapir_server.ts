/**
 * The server under test: Tapir's realtime tutorial receiver (`examples/receiver.ts`), unchanged, in a
 * process of its own so that its CPU time and memory are its own. Numbers arrive on its TCP port as in the
 * tutorial; the benchmark also drives it with commands:
 *
 * - `invoke {value}`: `invokeCallback` for every tab, the way the receiver does for a TCP number;
 * - `broadcast {value}`: one `broadcastCallback`;
 * - `burst {from, count}`: `count` broadcasts back to back;
 * - `stats {gc}`: CPU time, resident memory, live states;
 * - `snapshot {path}`: writes a V8 heap snapshot (Node only; see bench/tools/heap_summary.ts).
 *
 * Each timed command answers with `t`, the epoch time (clock.ts) just before the call.
 *
 *   node --import tsx bench/servers/tapir_server.ts
 *   deno run -A bench/servers/tapir_server.ts
 */
import { startReceiver } from "../../examples/receiver.ts";
import type { ReceiverState } from "../../examples/receiver.ts";
import { broadcastCallback, invokeCallback, type State } from "../../mod.ts";
import { residentMemoryBytes } from "../../gui/runtime/mod.ts";
import { epochNow } from "../support/clock.ts";
import {
  collectGarbage,
  cpuMilliseconds,
  heapUsedBytes,
  numberParam,
  serveCommands,
} from "../support/child_endpoint.ts";

function show(state: State<ReceiverState>, value: number): void {
  state.receivedData = value;
}

const receiver = await startReceiver({ port: 0, tcpPort: 0, quiet: true });
const listeningAt = epochNow();

serveCommands({
  async invoke(params) {
    const value = numberParam(params, "value", 0);
    const t = epochNow();
    await Promise.all(receiver.gui.stateIds().map((id) => invokeCallback(receiver.gui, id, show, [value])));
    return { t };
  },
  async broadcast(params) {
    const value = numberParam(params, "value", 0);
    const t = epochNow();
    await broadcastCallback(receiver.gui, show, [value]);
    return { t, took: epochNow() - t };
  },
  async burst(params) {
    const from = numberParam(params, "from", 1);
    const count = numberParam(params, "count", 1);
    const t = epochNow();
    for (let value = from; value < from + count; value++) {
      await broadcastCallback(receiver.gui, show, [value]);
    }
    return { t, took: epochNow() - t };
  },
  async snapshot(params) {
    collectGarbage();
    const { writeHeapSnapshot } = await import("node:v8");
    return { path: writeHeapSnapshot(String(params["path"])) };
  },
  stats(params) {
    if (params["gc"] === true) collectGarbage();
    return {
      cpuMs: cpuMilliseconds(),
      heap: heapUsedBytes(),
      rss: residentMemoryBytes(),
      states: receiver.gui.stateIds().length,
    };
  },
}, {
  url: receiver.gui.url,
  tcpPort: receiver.tcp.port,
  processStart: performance.timeOrigin,
  listeningAt,
}, { cleanup: () => receiver.stop() });
