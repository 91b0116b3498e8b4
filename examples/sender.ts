/**
 * Taipy's realtime tutorial, sender side: sends a random number from 1 to 100 over TCP every few seconds,
 * one number per line. Waits for the receiver if it is not up yet, and reconnects if it goes away.
 *
 *   node --import tsx examples/sender.ts [--interval 5] [--tcp-port 5050] [--tcp-host 127.0.0.1] [--count N]
 *   deno run -A examples/sender.ts
 */
import { commandLineArgs, connectTcp, flagValue, isMainModule, type TcpConnection } from "../mod.ts";

export interface SenderOptions {
  /** Seconds between numbers. */
  interval?: number;
  tcpPort?: number;
  tcpHost?: string;
  /** Stop after this many numbers (default: never). */
  count?: number;
  quiet?: boolean;
  /** Where the numbers come from (tests pass their own). */
  next?: () => number;
}

export interface Sender {
  /** Resolves when `count` numbers were sent, or after stop(). */
  done: Promise<void>;
  stop(): void;
}

const RETRY_MS = 1000;

export function startSender(options: SenderOptions = {}): Sender {
  const log = options.quiet ? () => {} : console.log;
  const next = options.next ?? (() => 1 + Math.floor(Math.random() * 100));
  const target = { port: options.tcpPort ?? 5050, hostname: options.tcpHost ?? "127.0.0.1" };
  let stopped = false;
  let connection: TcpConnection | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const done = (async () => {
    let sent = 0;
    while (!stopped && (options.count === undefined || sent < options.count)) {
      try {
        connection ??= await connectTcp(target);
        const value = next();
        await connection.write(`${value}\n`);
        log(`Sending: ${value}`);
        sent++;
        if (options.count !== undefined && sent >= options.count) break;
        await sleep((options.interval ?? 5) * 1000);
      } catch {
        connection?.close();
        connection = undefined;
        log(`Receiver not reachable on ${target.hostname}:${target.port}, retrying`);
        await sleep(RETRY_MS);
      }
    }
    connection?.close();
  })();
  return {
    done,
    stop() {
      stopped = true;
      wake?.();
    },
  };
}

if (isMainModule(import.meta.url)) {
  const args = commandLineArgs();
  const interval = flagValue(args, "interval");
  const tcpPort = flagValue(args, "tcp-port");
  const count = flagValue(args, "count");
  await startSender({
    ...(interval === undefined ? {} : { interval: Number(interval) }),
    ...(tcpPort === undefined ? {} : { tcpPort: Number(tcpPort) }),
    ...(count === undefined ? {} : { count: Number(count) }),
    tcpHost: flagValue(args, "tcp-host") ?? "127.0.0.1",
  }).done;
}
