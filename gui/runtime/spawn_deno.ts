/**
 * `spawnProcess` for Deno, on `Deno.Command`.
 *
 * Deno's `node:child_process` reports a child that was sent SIGTERM as killed by it even when the child
 * handled the signal and exited with its own code, so Deno gets its native API here.
 *
 * @module
 */

import { denoNamespace } from "./deno_namespace.ts";
import { bufferLines, collectText } from "./output_lines.ts";
import type { SpawnedProcess, SpawnOptions } from "./spawn_types.ts";

/** Iterates a byte stream (Deno's streams are async iterable, but not in every type library). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* noChunks(): AsyncGenerator<Uint8Array> {}

/** A child that could not be started: no output, exit code 127, the reason on stderr. */
function failedProcess(error: unknown): SpawnedProcess {
  const message = error instanceof Error ? error.message : String(error);
  return {
    pid: 0,
    stdoutLines: bufferLines(noChunks()),
    stderrText: () => Promise.resolve(`${message}\n`),
    kill() {},
    exited: Promise.resolve(127),
  };
}

/**
 * Starts a child with `Deno.Command`.
 *
 * @example
 * ```ts
 * import { spawnProcess } from "./spawn_deno.ts";
 * console.log(await spawnProcess("deno", ["--version"]).exited);
 * ```
 */
export function spawnProcess(command: string, args: string[], options: SpawnOptions = {}): SpawnedProcess {
  const deno = denoNamespace();
  let child;
  try {
    child = new deno.Command(command, {
      args,
      ...(options.env === undefined ? {} : { env: options.env }),
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (error) {
    return failedProcess(error);
  }
  let running = true;
  const exited = child.status.then((status) => {
    running = false;
    return status.code;
  });
  const stderr = collectText(chunksOf(child.stderr));
  const spawned = child;
  return {
    pid: child.pid,
    stdoutLines: bufferLines(chunksOf(child.stdout)),
    stderrText: () => stderr,
    kill(signal = "SIGTERM") {
      if (!running) return;
      try {
        spawned.kill(signal);
      } catch {
        // It exited between the check and the kill.
      }
    },
    exited,
  };
}
