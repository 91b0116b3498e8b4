/**
 * `spawnProcess` for Node, on `node:child_process`.
 *
 * @module
 */

import { spawn } from "node:child_process";
import { constants } from "node:os";
import process from "node:process";
import { bufferLines, collectText } from "./output_lines.ts";
import type { SpawnedProcess, SpawnOptions } from "./spawn_types.ts";

/**
 * Starts a child with `node:child_process`.
 *
 * @example
 * ```ts
 * import { spawnProcess } from "./spawn_node.ts";
 * console.log(await spawnProcess("node", ["--version"]).exited);
 * ```
 */
export function spawnProcess(command: string, args: string[], options: SpawnOptions = {}): SpawnedProcess {
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let startError = "";
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      startError = `${error.message}\n`;
      resolve(127);
    });
    child.once("exit", (code, signal) => {
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
    });
  });
  const stderr = collectText(child.stderr);
  return {
    pid: child.pid ?? 0,
    stdoutLines: bufferLines(child.stdout),
    async stderrText() {
      const text = await stderr;
      return startError + text;
    },
    kill(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    exited,
  };
}
