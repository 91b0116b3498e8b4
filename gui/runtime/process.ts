/**
 * The current process: arguments, environment, signals, exit, memory, and "am I the main module?".
 *
 * Deno implements `node:process` faithfully, so one code path serves both runtimes (and is tested on both).
 * The exception is the main module, which Deno names directly.
 *
 * @module
 */

import { realpathSync } from "node:fs";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { runtimeName } from "./detect.ts";
import { denoNamespace } from "./deno_namespace.ts";

/**
 * The command-line arguments after the script's path.
 *
 * @example
 * ```ts
 * import { commandLineArgs } from "./process.ts";
 * const verbose = commandLineArgs().includes("--verbose");
 * ```
 */
export function commandLineArgs(): string[] {
  return process.argv.slice(2);
}

/**
 * The value of an environment variable, or `undefined` if it is not set.
 *
 * @example
 * ```ts
 * import { environmentVariable } from "./process.ts";
 * const port = Number(environmentVariable("PORT") ?? "5000");
 * ```
 */
export function environmentVariable(name: string): string | undefined {
  return process.env[name];
}

/** Resolves symlinks so that two spellings of one file compare equal; `undefined` if it does not exist. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether the module with this `import.meta.url` is the script the runtime was started with.
 *
 * Deno answers with `Deno.mainModule`. On Node, `process.argv[1]` is compared after resolving symlinks,
 * and may omit the extension (`node --import tsx examples/start`).
 *
 * @example
 * ```ts
 * import { isMainModule } from "./process.ts";
 * if (isMainModule(import.meta.url)) console.log("run directly");
 * ```
 */
export function isMainModule(importMetaUrl: string): boolean {
  if (runtimeName === "deno") return importMetaUrl === denoNamespace().mainModule;
  const script = process.argv[1];
  if (script === undefined || !importMetaUrl.startsWith("file:")) return false;
  const modulePath = realPath(fileURLToPath(importMetaUrl));
  if (modulePath === undefined) return false;
  return ["", ".ts", ".mts", ".js", ".mjs"].some((extension) => realPath(script + extension) === modulePath);
}

/**
 * Calls `handler` on SIGINT or SIGTERM (Ctrl+C, `kill`). Returns a function that removes it.
 *
 * While a handler is registered the process no longer exits on those signals by itself: the handler
 * should clean up and then call {@link exitProcess}.
 *
 * @example
 * ```ts
 * import { exitProcess, onTerminationSignal } from "./process.ts";
 * const stop = onTerminationSignal(() => exitProcess(0));
 * stop(); // no longer listening
 * ```
 */
export function onTerminationSignal(handler: () => void): () => void {
  const signals = process.platform === "win32" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  const listener = (): void => handler();
  for (const signal of signals) process.on(signal, listener);
  return () => {
    for (const signal of signals) process.off(signal, listener);
  };
}

/**
 * Ends the process with an exit code.
 *
 * @example
 * ```ts
 * import { exitProcess } from "./process.ts";
 * exitProcess(1);
 * ```
 */
export function exitProcess(code: number): never {
  return process.exit(code);
}

/**
 * The process's resident memory, in bytes (for benchmarks).
 *
 * @example
 * ```ts
 * import { residentMemoryBytes } from "./process.ts";
 * console.log(`${(residentMemoryBytes() / 2 ** 20).toFixed(1)} MiB`);
 * ```
 */
export function residentMemoryBytes(): number {
  return process.memoryUsage.rss();
}
