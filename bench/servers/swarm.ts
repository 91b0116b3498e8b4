/**
 * Many lightweight WebSocket clients in one process (the `ws` package, no browser), for the fan-out and
 * memory figures. A Tapir client says hello and waits for its welcome, as a tab does; a baseline client
 * just connects. Both read every later message as a patch and record, per value, when each client got it.
 *
 * Commands: `connect {url, protocol, count}`, `wait {value, timeoutMs}` (until every client got `value`),
 * `delays {values, at}` (receive time minus `at`, per client and value), `received` (messages so far),
 * `reset`.
 *
 *   node --import tsx bench/servers/swarm.ts
 */
import { epochNow, sleep } from "../support/clock.ts";
import { numberParam, serveCommands } from "../support/child_endpoint.ts";
import { loadWs, type WsSocket } from "../support/ws_module.ts";

const { WebSocket } = await loadWs();

/** Connections opened at once: more would overflow the server's accept backlog and time out. */
const CONCURRENCY = 50;

const clients: WsSocket[] = [];
/** Value -> receive times, one per client that got it. */
let receivedAt = new Map<number, number[]>();
let messages = 0;
let waiter: { value: number; count: number; resolve(): void } | undefined;

function record(value: number): void {
  messages++;
  let times = receivedAt.get(value);
  if (times === undefined) receivedAt.set(value, times = []);
  times.push(epochNow());
  if (waiter !== undefined && waiter.value === value && times.length >= waiter.count) waiter.resolve();
}

function valueOf(text: string): number | undefined {
  const message = JSON.parse(text) as { type?: string; values?: Record<string, unknown> };
  const value = message.type === "patch" ? message.values?.["receivedData"] : undefined;
  return typeof value === "number" ? value : undefined;
}

/** Opens one client; resolves once it is ready to receive (Tapir: welcomed). */
function open(url: string, tapir: boolean): Promise<WsSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    let ready = false;
    const timer = setTimeout(
      () => reject(new Error(`no ${tapir ? "welcome" : "connection"} within 30 s`)),
      30_000,
    );
    const becomeReady = () => {
      ready = true;
      clearTimeout(timer);
      resolve(socket);
    };
    socket.on("open", () => {
      if (!tapir) return becomeReady();
      socket.send(JSON.stringify({ type: "hello", page: "/", instance: crypto.randomUUID() }));
    });
    socket.on("message", (data) => {
      const text = data.toString();
      if (!ready) {
        // Tapir welcomes first; the baseline's first message is the current value.
        if (tapir && !text.includes('"welcome"')) return;
        return becomeReady();
      }
      const value = valueOf(text);
      if (value !== undefined) record(value);
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

serveCommands(
  {
    async connect(params) {
      const count = numberParam(params, "count", 1);
      const url = String(params["url"]);
      const tapir = params["protocol"] === "tapir";
      const start = epochNow();
      for (let opened = 0; opened < count; opened += CONCURRENCY) {
        const batch = Math.min(CONCURRENCY, count - opened);
        clients.push(...(await Promise.all(Array.from({ length: batch }, () => open(url, tapir)))));
      }
      return { clients: clients.length, took: epochNow() - start };
    },
    async wait(params) {
      const value = numberParam(params, "value", 0);
      const timeoutMs = numberParam(params, "timeoutMs", 10_000);
      const have = () => receivedAt.get(value)?.length ?? 0;
      if (have() < clients.length) {
        await Promise.race([
          new Promise<void>((resolve) => waiter = { value, count: clients.length, resolve }),
          sleep(timeoutMs),
        ]);
        waiter = undefined;
      }
      const times = receivedAt.get(value) ?? [];
      return { got: times.length, last: Math.max(...times) };
    },
    delays(params) {
      // How long after its broadcast (`at`, same clock) each client got each value.
      const values = Array.isArray(params["values"]) ? params["values"].map(Number) : [];
      const at = Array.isArray(params["at"]) ? params["at"].map(Number) : [];
      const delays: number[] = [];
      values.forEach((value, index) => {
        for (const time of receivedAt.get(value) ?? []) delays.push(time - (at[index] ?? Number.NaN));
      });
      return { delays };
    },
    received() {
      return { messages };
    },
    reset() {
      receivedAt = new Map();
      messages = 0;
      return {};
    },
  },
  {},
  {
    cleanup: async () => {
      for (const client of clients) client.terminate();
      await sleep(50);
    },
  },
);
