/**
 * A child process as every runtime's adapter gives it. Shared by `spawn_process.ts` and its adapters
 * (`spawn_deno.ts`, `spawn_node.ts`): a file of their own so that an adapter never imports the module
 * that loads it.
 *
 * @module
 */

/** The signals a child can be sent. */
export type ProcessSignal = "SIGINT" | "SIGTERM" | "SIGKILL";

/** Options of `spawnProcess`. */
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
