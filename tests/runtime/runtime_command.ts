/**
 * How tests start a TypeScript file on the runtime they themselves run on.
 *
 * @module
 */

import process from "node:process";
import { runtimeName } from "../../gui/runtime/mod.ts";

/** The command and arguments that run `script` (a path) with `args` on the current runtime. */
export function runtimeCommand(script: string, args: string[] = []): [string, string[]] {
  return runtimeName === "deno"
    ? [process.execPath, ["run", "-A", script, ...args]]
    : [process.execPath, ["--import", "tsx", script, ...args]];
}
