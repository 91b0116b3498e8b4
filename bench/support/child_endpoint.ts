/**
 * The child's side of `bench_child.ts`: announces readiness, answers commands read from standard input,
 * and exits when standard input ends (the benchmark stopped it, or died).
 */
import process from "node:process";
import { createInterface } from "node:readline";
import { LINE_PREFIX, type Reply } from "./bench_child.ts";

/** Answers one command; what it returns (a JSON object) is the reply. */
export type CommandHandler = (params: Record<string, unknown>) => Reply | Promise<Reply>;

/** Options of {@link serveCommands}. */
export interface ServeCommandsOptions {
  /** Runs before the process exits. */
  cleanup?: () => Promise<void> | void;
}

function writeLine(reply: Reply): void {
  process.stdout.write(LINE_PREFIX + JSON.stringify(reply) + "\n");
}

/**
 * Tells the parent the child is ready (with `details`, e.g. the ports it listens on), then answers
 * commands with `handlers` until standard input closes.
 *
 * @example
 * ```ts
 * serveCommands({ ping: () => ({ pong: true }) }, { port: 1234 });
 * ```
 */
export function serveCommands(
  handlers: Record<string, CommandHandler>,
  details: Reply,
  options: ServeCommandsOptions = {},
): void {
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() === "") return;
    let id = -1;
    void (async () => {
      const message = JSON.parse(line) as { id: number; command: string; params: Record<string, unknown> };
      id = message.id;
      const handler = handlers[message.command];
      if (handler === undefined) throw new Error(`unknown command "${message.command}"`);
      writeLine({ ...(await handler(message.params)), id });
    })().catch((error: unknown) => {
      writeLine({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    });
  });
  lines.on("close", () => {
    void (async () => {
      await options.cleanup?.();
      process.exit(0);
    })();
  });
  writeLine({ ...details, id: 0 });
}

/**
 * Numeric parameter `name`, or `fallback` when absent.
 *
 * @example
 * ```ts
 * numberParam({ rate: 10 }, "rate", 1); // 10
 * ```
 */
export function numberParam(params: Record<string, unknown>, name: string, fallback: number): number {
  const value = params[name];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Collects garbage if the runtime exposes `gc` (started with --expose-gc), so memory reads are steadier. */
export function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, "gc");
  if (typeof gc === "function") {
    gc();
    gc();
  }
}

/** CPU time this process used so far, user plus system, in milliseconds. */
export function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Bytes of the JavaScript heap in use (after `collectGarbage()`, what the program really keeps). */
export function heapUsedBytes(): number {
  return process.memoryUsage().heapUsed;
}

/** This process's resident memory, in bytes. */
export function residentBytes(): number {
  return process.memoryUsage.rss();
}
