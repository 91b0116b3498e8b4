/**
 * Starts a child in a process group of its own, so that killing it ends what it started too: `npm start`
 * runs a shell that runs tsx that runs node, and a signal to npm alone leaves the app serving. Node only
 * (the install-path test that uses it runs on Node; see there).
 */
import { spawn } from "node:child_process";
import process from "node:process";
import { createInterface } from "node:readline";
import type { ProcessSignal, SpawnedProcess, SpawnOptions } from "../../gui/runtime/mod.ts";

/**
 * Like `spawnProcess`, but `kill()` signals the child's whole process group.
 *
 * @example
 * ```ts
 * const app = spawnGroup("npm", ["start"], { cwd: "my-app" });
 * app.kill("SIGKILL");
 * ```
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): SpawnedProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal === null ? 0 : 128 + 9)));
    child.once("error", () => resolve(127));
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const stderrDone = new Promise<void>((resolve) => child.stderr.once("close", () => resolve()));
  // The iterator is taken at once: readline drops the lines that arrive before anyone iterates.
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    pid: child.pid ?? 0,
    stdoutLines: { [Symbol.asyncIterator]: () => lines },
    stderrText: async () => {
      await stderrDone;
      return stderr;
    },
    kill: (signal: ProcessSignal = "SIGTERM") => {
      // Even after the child itself has exited: what it started may still be running in its group.
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is gone already.
      }
    },
    exited,
  };
}
