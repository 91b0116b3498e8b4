/**
 * The pollution sensors: sends one simulated tick (7,230 readings and 10 drones) per line of JSON over TCP
 * every `--interval` seconds. Waits for the receiver if it is not up, and reconnects if it goes away.
 *
 *   node --import tsx examples/pollution_sensors/sender.ts [--interval 1] [--tcp-port 5051] [--seed 1]
 */
import { commandLineArgs, connectTcp, flagValue, isMainModule, type TcpConnection } from "../../mod.ts";
import { PollutionSimulation } from "./simulation.ts";
import { encodeTick } from "./tick_framing.ts";

export interface SensorSenderOptions {
  tcpPort?: number;
  tcpHost?: string;
  /** Seconds between ticks. */
  interval?: number;
  seed?: number;
  /** Stop after this many ticks. */
  count?: number;
  quiet?: boolean;
}

export interface SensorSender {
  done: Promise<void>;
  stop(): void;
}

export function startSensorSender(options: SensorSenderOptions = {}): SensorSender {
  const log = options.quiet ? () => {} : console.log;
  const simulation = new PollutionSimulation(options.seed ?? 1);
  const target = { port: options.tcpPort ?? 5051, hostname: options.tcpHost ?? "127.0.0.1" };
  let stopped = false;
  let wake = () => {};
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const done = (async () => {
    let connection: TcpConnection | undefined;
    let sent = 0;
    while (!stopped && (options.count === undefined || sent < options.count)) {
      try {
        connection ??= await connectTcp(target);
        const tick = simulation.next();
        await connection.write(encodeTick(tick));
        sent++;
        log(`Tick ${tick.tick}: max ${Math.max(...tick.pollution).toFixed(1)}`);
        if (options.count !== undefined && sent >= options.count) break;
        await sleep((options.interval ?? 1) * 1000);
      } catch {
        connection?.close();
        connection = undefined;
        log(`Receiver not reachable on ${target.hostname}:${target.port}, retrying`);
        await sleep(1000);
      }
    }
    connection?.close();
  })();
  return {
    done,
    stop() {
      stopped = true;
      wake();
    },
  };
}

if (isMainModule(import.meta.url)) {
  const args = commandLineArgs();
  const number = (name: string) => {
    const value = flagValue(args, name);
    return value === undefined ? {} : { [name === "tcp-port" ? "tcpPort" : name]: Number(value) };
  };
  await startSensorSender({ ...number("interval"), ...number("tcp-port"), ...number("seed") }).done;
}
