/**
 * Starting a child process and following its output, for tests and the start script.
 *
 * @module
 */

import { runtimeName } from "./detect.ts";
import { spawnProcess as spawnDeno } from "./spawn_deno.ts";
import { spawnProcess as spawnNode } from "./spawn_node.ts";

/** The signals a child can be sent. */
export type ProcessSignal = "SIGINT" | "SIGTERM" | "SIGKILL";

/** Options of {@link spawnProcess}. */
export interface SpawnOptions {
  /** Variables added to (or replacing some of) the current environment. */
  env?: Record<string, string>;
  /** Working directory; the current one by default. */
  cwd?: string;
}

/** A running child process. */
export interface SpawnedProcess {
  /** The child's process id (0 if it could not be started). */
  readonly pid: number;
  /** Its standard output, line by line (without line endings). Read it once; lines are kept until read. */
  readonly stdoutLines: AsyncIterable<string>;
  /** Its whole standard error, once the stream ends. */
  stderrText(): Promise<string>;
  /** Sends a signal (SIGTERM by default); does nothing once the child has exited. */
  kill(signal?: ProcessSignal): void;
  /** The exit code; 128 + the signal's number if a signal ended it; 127 if it could not be started. */
  readonly exited: Promise<number>;
}

/**
 * Starts `command` with `args`, piping its output back.
 *
 * @example
 * ```ts
 * import { spawnProcess } from "./spawn_process.ts";
 * const child = spawnProcess("node", ["--version"]);
 * for await (const line of child.stdoutLines) console.log(line);
 * console.log("exit code", await child.exited);
 * ```
 */
export function spawnProcess(command: string, args: string[], options: SpawnOptions = {}): SpawnedProcess {
  // Both adapters are loaded statically (this function is synchronous); each touches its runtime only
  // when called.
  return runtimeName === "deno" ? spawnDeno(command, args, options) : spawnNode(command, args, options);
}
