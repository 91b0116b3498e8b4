/**
 * Starting a child process and following its output, for tests and the start script.
 *
 * @module
 */

import { runtimeName } from "./detect.ts";
import { spawnProcess as spawnDeno } from "./spawn_deno.ts";
import { spawnProcess as spawnNode } from "./spawn_node.ts";
import type { SpawnedProcess, SpawnOptions } from "./spawn_types.ts";

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
