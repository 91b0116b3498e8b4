/**
 * The main thread's side of the worker bridge: runs what a worker asks (see protocol/worker_messages.ts)
 * with the Gui's registered functions, and answers with the result or the reason it failed.
 */
import type { BroadcastOptions } from "../api/broadcast_options.ts";
import { didYouMean } from "../errors.ts";
import { readWorkerRequest, type WorkerReply, type WorkerRequest } from "../protocol/worker_messages.ts";
import { messagePortOf, type WorkerLike } from "../runtime/worker.ts";
import type { AppFunction } from "./app_function.ts";

type Callback = (state: never, ...args: unknown[]) => unknown;

/** What the bridge needs from the Gui. */
export interface WorkerHostTarget {
  functions: Readonly<Record<string, AppFunction>>;
  invokeCallback(stateId: string, fn: Callback, args: unknown[]): Promise<unknown>;
  broadcastCallback(fn: Callback, args: unknown[], options: BroadcastOptions): Promise<void>;
  assignShared(name: string, value: unknown): void;
}

/** Serves `worker`'s requests until the returned function is called. */
export function connectWorker(worker: WorkerLike, target: WorkerHostTarget): () => void {
  const port = messagePortOf(worker);
  return port.onMessage((message) => {
    const request = readWorkerRequest(message);
    if (request === undefined) return;
    void serve(request, target).then(
      (value) => {
        try {
          port.postMessage(reply(request.id, { value }));
        } catch {
          // A result that cannot cross threads (a function, a State): the worker gets undefined.
          port.postMessage(reply(request.id, { value: undefined }));
        }
      },
      (error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        port.postMessage(reply(request.id, { error: text }));
      },
    );
  });
}

async function serve(request: WorkerRequest, target: WorkerHostTarget): Promise<unknown> {
  switch (request.type) {
    case "invoke":
      return await target.invokeCallback(request.stateId, functionNamed(request.name, target), request.args);
    case "broadcast": {
      const options = request.stateIds === undefined ? {} : { filter: request.stateIds };
      return await target.broadcastCallback(functionNamed(request.name, target), request.args, options);
    }
    case "assign-shared":
      return target.assignShared(request.name, request.value);
    default: {
      const unreachable: never = request;
      throw new Error(`unexpected worker request ${JSON.stringify(unreachable)}`);
    }
  }
}

function functionNamed(name: string, target: WorkerHostTarget): Callback {
  const fn = Object.hasOwn(target.functions, name) ? target.functions[name] : undefined;
  if (fn === undefined) {
    const hint = didYouMean(name, Object.keys(target.functions)) ?? "register it in the Gui's functions option";
    const error = new Error(`a worker called "${name}", which is not a registered function (${hint})`);
    // A mistake in the app, which a worker that does not await its calls would never see: say it here too.
    console.error(`Tapir: ${error.message}`);
    throw error;
  }
  return fn as Callback;
}

function reply(id: number, outcome: { value: unknown } | { error: string }): WorkerReply {
  return { tapir: 1, type: "reply", id, ...outcome } as WorkerReply;
}
