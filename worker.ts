/**
 * Tapir inside a worker thread: `workerBridge` calls the Gui's registered functions for its clients from a
 * worker started with `startWorker` (or the runtime's own Worker) and connected with `gui.connectWorker`.
 * It loads nothing of the server, so a worker stays small. `parentMessagePort()` receives the app's own
 * messages from the main thread (start, stop, settings), the same way on Deno and Node.
 *
 * @example
 * ```ts
 * import { workerBridge } from "tapir/worker";
 * await workerBridge.broadcastCallback("showValue", [42]);
 * ```
 *
 * @module
 */
export { workerBridge, type WorkerBridge, type WorkerBroadcastOptions } from "./gui/api/worker_bridge.ts";
export { type MessagePortLike, parentMessagePort } from "./gui/runtime/worker.ts";
