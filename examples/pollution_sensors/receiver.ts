/**
 * Taipy's realtime pollution dashboard, in Tapir: receives sensor ticks over TCP (one JSON tick per line)
 * and shows every open tab the pollution field, max and mean AQI, the drone table and the maximum of the
 * last 30 ticks. A tab opened late sees the current picture at once; each tab's threshold slider changes
 * only what that tab shows.
 *
 *   node --import tsx examples/pollution_sensors/receiver.ts [--port 5000] [--tcp-port 5051]
 */
import {
  broadcastCallback,
  commandLineArgs,
  flagValue,
  Gui,
  isMainModule,
  listenTcp,
  type State,
  type TcpListener,
} from "../../mod.ts";
import type { Drone, Tick } from "./simulation.ts";
import { TickReader } from "./tick_framing.ts";

export interface Field {
  lat: number[];
  lon: number[];
  pollution: number[];
}

export type DashboardState = {
  tick: number;
  time: string;
  field: Field;
  maxAqi: number;
  meanAqi: number;
  drones: Drone[];
  history: { tick: number; max: number }[];
  threshold: number;
  theme: boolean;
};

const HISTORY_LENGTH = 30;

export interface DashboardOptions {
  port?: number;
  tcpPort?: number;
  quiet?: boolean;
}

export interface Dashboard {
  gui: Gui<DashboardState>;
  tcp: TcpListener;
  stop(): Promise<void>;
}

/** Only the readings at or above the tab's threshold: computed per tab, on the server. */
function aboveThreshold(field: Field, threshold: number): Field {
  if (threshold <= 0) return field;
  const kept: Field = { lat: [], lon: [], pollution: [] };
  field.pollution.forEach((value, index) => {
    if (value < threshold) return;
    kept.lat.push(field.lat[index] ?? 0);
    kept.lon.push(field.lon[index] ?? 0);
    kept.pollution.push(value);
  });
  return kept;
}

/** `count` numbers ticks as received, so that several senders, or one that restarts, keep time moving on. */
function applyTick(
  state: State<DashboardState>,
  tick: Tick,
  count: number,
  history: DashboardState["history"],
): void {
  const max = maxReading(tick.pollution);
  const mean = tick.pollution.reduce((sum, value) => sum + value, 0) / tick.pollution.length;
  state.tick = count;
  state.time = new Date(tick.time).toLocaleTimeString("en-GB");
  state.field = { lat: tick.lat, lon: tick.lon, pollution: tick.pollution };
  state.maxAqi = Math.round(max * 10) / 10;
  state.meanAqi = Math.round(mean * 10) / 10;
  state.drones = tick.drones;
  state.history = history;
}

/** A loop, not `Math.max(...values)`: spreading a large tick's readings would overflow the stack. */
function maxReading(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}

export function isTick(value: unknown): value is Tick {
  if (typeof value !== "object" || value === null) return false;
  const tick = value as Partial<Tick>;
  return typeof tick.tick === "number" && Array.isArray(tick.pollution) && Array.isArray(tick.lat) &&
    Array.isArray(tick.lon) && Array.isArray(tick.drones) && tick.pollution.length === tick.lat.length &&
    tick.lat.length === tick.lon.length && tick.pollution.every((reading) => typeof reading === "number");
}

export async function startDashboard(options: DashboardOptions = {}): Promise<Dashboard> {
  const log = options.quiet ? () => {} : console.log;
  let latest: Tick | undefined;
  let received = 0;
  let history: DashboardState["history"] = [];
  const gui = new Gui<DashboardState>({
    page: new URL("./page.md", import.meta.url),
    state: {
      tick: 0,
      time: "-",
      field: { lat: [], lon: [], pollution: [] },
      maxAqi: 0,
      meanAqi: 0,
      drones: [],
      history: [],
      threshold: 0,
      theme: false,
    },
    functions: { visible: aboveThreshold },
    onInit: (state) => {
      if (latest !== undefined) applyTick(state, latest, received, history);
    },
  });
  const reader = () =>
    new TickReader<Tick>({
      accept: (value) => isTick(value) ? value : undefined,
      onBadLine: (reason) => log(`Sensor data: ${reason}`),
      onTick: (tick) => {
        latest = tick;
        received++;
        // A new array each tick: the history chart receives only the newest point (and the dropped one).
        history = [...history, { tick: received, max: Math.round(maxReading(tick.pollution) * 10) / 10 }]
          .slice(-HISTORY_LENGTH);
        void broadcastCallback(gui, applyTick, [tick, received, history]);
      },
    });
  const tcp = await listenTcp({ port: options.tcpPort ?? 5051, hostname: "127.0.0.1" }, (connection) => {
    log(`Sensors connected from ${connection.remoteAddress}`);
    const lines = reader();
    void (async () => {
      for await (const chunk of connection.readable) lines.push(chunk);
      log("Sensors disconnected");
    })();
  });
  await gui.run({ port: options.port ?? 5000, title: "Pollution dashboard", quiet: options.quiet ?? false });
  log(`Listening for sensors on ${tcp.hostname}:${tcp.port}`);
  return {
    gui,
    tcp,
    async stop() {
      await tcp.close();
      await gui.stop();
    },
  };
}

if (isMainModule(import.meta.url)) {
  const args = commandLineArgs();
  const tcpPort = flagValue(args, "tcp-port");
  await startDashboard(tcpPort === undefined ? {} : { tcpPort: Number(tcpPort) });
}
