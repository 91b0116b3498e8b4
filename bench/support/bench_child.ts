/**
 * A benchmark's helper process (a server under test, a swarm of clients, a worker), started under a
 * chosen runtime and driven by commands: one JSON object per line on its standard input, one answer per
 * line on its standard output, prefixed with `@bench ` so that whatever else it prints is told apart.
 * The other side is `child_endpoint.ts`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import process from "node:process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { epochNow } from "./clock.ts";
import type { RuntimeName } from "./options.ts";

/** The prefix of protocol lines on a child's standard output. */
export const LINE_PREFIX = "@bench ";

/** The repository's root folder (children run there, so that `--import tsx` and bare imports resolve). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The runtime this process runs on. */
export const currentRuntime: RuntimeName = "Deno" in globalThis ? "deno" : "node";

/** What a child answered: a JSON object. */
export type Reply = Record<string, unknown>;

/** Options of {@link startChild}. */
export interface ChildOptions {
  runtime: RuntimeName;
  /** Arguments after the script. */
  args?: string[];
  /** Name shown before the lines it writes to standard error. */
  name?: string;
  /** Expose `gc()` so that memory is measured after a collection. */
  exposeGc?: boolean;
  /** Node only: write a CPU profile into this folder when the child exits. */
  profileDir?: string | undefined;
}

/** The executable and leading arguments that run a TypeScript file under `runtime`. */
export function runtimeCommand(runtime: RuntimeName, options: ChildOptions): [string, string[]] {
  if (runtime === "node") {
    const flags = options.exposeGc ? ["--expose-gc"] : [];
    if (options.profileDir !== undefined) {
      mkdirSync(options.profileDir, { recursive: true });
      flags.push("--cpu-prof", `--cpu-prof-dir=${options.profileDir}`);
    }
    const node = currentRuntime === "node" ? process.execPath : "node";
    return [node, [...flags, "--import", "tsx"]];
  }
  const deno = currentRuntime === "deno" ? process.execPath : `${ROOT}node_modules/.bin/deno`;
  return [deno, ["run", "-A", ...(options.exposeGc ? ["--v8-flags=--expose-gc"] : [])]];
}

/**
 * A reply's field as an array of numbers (non-numbers become NaN; anything but an array, an empty one).
 *
 * @example
 * ```ts
 * numbersOf({ times: [1, 2] }, "times"); // [1, 2]
 * ```
 */
export function numbersOf(reply: Reply, field: string): number[] {
  const value = reply[field];
  return Array.isArray(value) ? value.map((item) => (typeof item === "number" ? item : Number.NaN)) : [];
}

/** A running helper process. */
export class BenchChild {
  /** When it was spawned, in epoch ms (see clock.ts). */
  readonly spawnedAt: number;
  /** The first answer, sent once the child is ready (a server: once it listens). */
  readonly ready: Promise<Reply>;
  readonly exited: Promise<number>;
  readonly #child: ChildProcess;
  readonly #waiting = new Map<number, { resolve(reply: Reply): void; reject(error: Error): void }>();
  #nextId = 1;

  constructor(script: string, options: ChildOptions) {
    const [command, leading] = runtimeCommand(options.runtime, options);
    this.spawnedAt = epochNow();
    this.#child = spawn(command, [...leading, script, ...(options.args ?? [])], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    this.exited = new Promise((resolve) => {
      this.#child.once("exit", (code, signal) => resolve(code ?? (signal === null ? 0 : 128)));
      this.#child.once("error", () => resolve(127));
    });
    let onReady: (reply: Reply) => void = () => {};
    this.ready = new Promise<Reply>((resolve, reject) => {
      onReady = resolve;
      void this.exited.then((code) =>
        reject(
          new Error(`${options.name ?? script} exited (${code}) before it was ready (its output is above)`),
        )
      );
    });
    // A readiness failure is reported through `ready`; this keeps it from also being an unhandled rejection.
    this.ready.catch(() => {});
    const name = options.name ?? script;
    const stdout = this.#child.stdout;
    const stderr = this.#child.stderr;
    if (stdout === null || stderr === null) throw new Error("child without pipes");
    createInterface({ input: stdout }).on("line", (line) => {
      if (!line.startsWith(LINE_PREFIX)) return;
      const reply = JSON.parse(line.slice(LINE_PREFIX.length)) as Reply;
      const id = Number(reply["id"]);
      if (id === 0) onReady(reply);
      const waiter = this.#waiting.get(id);
      if (waiter === undefined) return;
      this.#waiting.delete(id);
      if (typeof reply["error"] === "string") waiter.reject(new Error(`${name}: ${reply["error"]}`));
      else waiter.resolve(reply);
    });
    createInterface({ input: stderr }).on("line", (line) => {
      // Shown as it comes: rare, and telling when a child dies.
      process.stderr.write(`[${name}] ${line}\n`);
    });
    void this.exited.then(() => {
      for (const waiter of this.#waiting.values()) {
        waiter.reject(new Error(`${name} exited (its output is above)`));
      }
      this.#waiting.clear();
    });
  }

  /** The child's process id. */
  get pid(): number {
    return this.#child.pid ?? 0;
  }

  /** Sends a command and resolves with the child's answer; rejects after `timeoutMs`. */
  request(command: string, params: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<Reply> {
    const id = this.#nextId++;
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error(`no answer to "${command}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.#child.stdin?.write(JSON.stringify({ id, command, params }) + "\n");
    });
  }

  /** Asks the child to exit, and kills it if it has not within `graceMs`. */
  async stop(graceMs = 5000): Promise<number> {
    this.#child.stdin?.end();
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

/**
 * Starts `script` (a path from the repository root) under a runtime.
 *
 * @example
 * ```ts
 * const server = startChild("bench/servers/tapir_server.ts", { runtime: "node" });
 * const { port } = await server.ready;
 * await server.stop();
 * ```
 */
export function startChild(script: string, options: ChildOptions): BenchChild {
  return new BenchChild(script, options);
}
