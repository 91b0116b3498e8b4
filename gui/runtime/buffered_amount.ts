/**
 * Back-pressure on a WebSocket, read the same way on every runtime.
 *
 * @module
 */

/**
 * Returns how many bytes are queued on a WebSocket but not yet sent, or 0 if that is unknown.
 *
 * Hono's `WSContext.raw` is a `ws` WebSocket on Node and a WHATWG WebSocket on Deno; both expose a numeric
 * `bufferedAmount`, so this reads it without caring which one it got.
 *
 * @example
 * ```ts
 * import { bufferedAmount } from "./buffered_amount.ts";
 * // inside a Hono WebSocket handler: skip a frame when the client is not keeping up
 * // if (bufferedAmount(ws.raw) > 1_000_000) return;
 * console.log(bufferedAmount({ bufferedAmount: 42 })); // 42
 * ```
 */
export function bufferedAmount(raw: unknown): number {
  if (typeof raw !== "object" || raw === null) return 0;
  const amount: unknown = Reflect.get(raw, "bufferedAmount");
  return typeof amount === "number" && Number.isFinite(amount) ? amount : 0;
}
