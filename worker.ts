/**
 * Tapir inside a worker thread: `workerBridge` calls the Gui's registered functions for its clients from a
 * worker started with `startWorker` (or the runtime's own Worker) and connected with `gui.connectWorker`.
 * It loads nothing of the server, so a worker stays small.
 *
 * @example
 * ```ts
 * import { workerBridge } from "./worker.ts";
 * await workerBridge.broadcastCallback("showValue", [42]);
 * ```
 *
 * @module
 */
export { workerBridge, type WorkerBridge, type WorkerBroadcastOptions } from "./gui/worker_bridge.ts";
