/**
 * Which JavaScript runtime Tapir is running on, detected once at load time.
 *
 * Everything else in `gui/runtime/` branches on {@link runtimeName}; code outside this folder never does.
 *
 * @module
 */

/** The runtimes Tapir supports. */
export type RuntimeName = "deno" | "node";

/**
 * The runtime this process runs on.
 *
 * Deno is recognised by its global namespace; anything else is treated as Node (Bun and others also
 * implement the `node:*` modules this folder relies on there).
 *
 * @example
 * ```ts
 * import { runtimeName } from "./detect.ts";
 * console.log(`Running on ${runtimeName}`);
 * ```
 */
export const runtimeName: RuntimeName = Reflect.has(globalThis, "Deno") ? "deno" : "node";
