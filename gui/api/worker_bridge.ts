/**
 * The worker thread's side of the bridge to a Gui: code in a worker calls the Gui's registered functions
 * for one client, for every client, or sets a shared variable. The main thread connects the worker with
 * `gui.connectWorker(worker)`; functions cannot cross threads, so they are named, and their arguments and
 * results are copied (structured clone).
 */
import {
  readWorkerReply,
  type WorkerAssignSharedMessage,
  type WorkerBroadcastMessage,
  type WorkerInvokeMessage,
} from "../protocol/worker_messages.ts";
import { type MessagePortLike, parentMessagePort } from "../runtime/worker.ts";

/** Worker requests before their `tapir`, `id` and `type`. */
type Request =
  | Omit<WorkerInvokeMessage, "tapir" | "id">
  | Omit<WorkerBroadcastMessage, "tapir" | "id">
  | Omit<WorkerAssignSharedMessage, "tapir" | "id">;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Options of `workerBridge.broadcastCallback`.
 *
 * @example
 * ```ts
 * import { workerBridge } from "tapir/worker";
 *
 * await workerBridge.broadcastCallback("showFrame", [frame], { stateIds: [stateId] });
 * ```
 */
export interface WorkerBroadcastOptions {
  /** Reaches only these clients (state ids); every connected client without it. */
  stateIds?: readonly string[];
}

/**
 * The type of `workerBridge`: requests from a worker thread to the Gui that connected it. Use the one
 * `workerBridge` instance rather than making another.
 *
 * @example
 * ```ts
 * import { type WorkerBridge, workerBridge } from "tapir/worker";
 *
 * const bridge: WorkerBridge = workerBridge;
 * const doubled = await bridge.invokeCallback(stateId, "double", [21]);
 * await bridge.assignShared("latest", doubled);
 * ```
 */
class WorkerBridge {
  #port: Promise<MessagePortLike> | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  #stopListening: (() => void) | undefined;

  /**
   * Runs the Gui's function `name` as `fn(state, ...args)` for the client `stateId` and resolves with its
   * result. Rejects when the id is unknown or expired, when no function has that name, or with fn's error.
   */
  invokeCallback(stateId: string, name: string, args: readonly unknown[] = []): Promise<unknown> {
    return this.#request({ type: "invoke", stateId, name, args: [...args] });
  }

  /** Runs the Gui's function `name` as `fn(state, ...args)` for every connected client (or those listed). */
  async broadcastCallback(name: string, args: readonly unknown[] = [], options: WorkerBroadcastOptions = {}) {
    const stateIds = options.stateIds === undefined ? {} : { stateIds: [...options.stateIds] };
    await this.#request({ type: "broadcast", name, args: [...args], ...stateIds });
  }

  /** Sets a shared variable (see `Gui.addSharedVariable`) for every client. */
  async assignShared(name: string, value: unknown): Promise<void> {
    await this.#request({ type: "assign-shared", name, value });
  }

  async #request(request: Request): Promise<unknown> {
    this.#port ??= parentMessagePort();
    const port = await this.#port;
    const id = this.#nextId++;
    const answer = new Promise<unknown>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    // Listening keeps a Node worker alive, so listen only while an answer is awaited.
    this.#stopListening ??= port.onMessage((message) => this.#receive(message));
    port.postMessage({ tapir: 1, id, ...request });
    return answer;
  }

  #receive(message: unknown): void {
    const reply = readWorkerReply(message);
    const pending = reply === undefined ? undefined : this.#pending.get(reply.id);
    if (reply === undefined || pending === undefined) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) {
      this.#stopListening?.();
      this.#stopListening = undefined;
    }
    if ("error" in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.value);
  }
}

/**
 * Reaches the clients of the Gui that connected this worker (`gui.connectWorker(worker)`), from inside the
 * worker thread. Import it from `worker.ts`, which loads nothing of the server.
 *
 * @example
 * ```ts
 * // simulator_worker.ts, started with startWorker(new URL("./simulator_worker.ts", import.meta.url))
 * import { workerBridge } from "tapir/worker";
 * setInterval(() => {
 *   const frame = simulateStep();
 *   workerBridge.broadcastCallback("showFrame", [frame]).catch(console.error);
 * }, 200);
 * ```
 */
export const workerBridge: WorkerBridge = new WorkerBridge();
export type { WorkerBridge };
