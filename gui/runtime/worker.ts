/**
 * Worker threads on either runtime. Deno runs Web Workers (`new Worker(url, { type: "module" })`, messages
 * as events, `self.postMessage` inside); Node runs `worker_threads` (messages as plain values, `parentPort`
 * inside). `startWorker` starts the runtime's kind, `messagePortOf` talks to either kind from the main
 * thread, and `parentMessagePort` is the same thing seen from inside the worker.
 *
 * @module
 */
import { runtimeName } from "./detect.ts";

/** A Web Worker, as Deno (and browsers) have them. */
export interface WebWorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/** A Node `worker_threads` Worker (or its `parentPort`). */
export interface NodeWorkerLike {
  postMessage(message: unknown): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
  off(event: "message", listener: (message: unknown) => void): unknown;
}

/**
 * Messages both ways, whatever the runtime.
 *
 * @example
 * ```ts
 * import { parentMessagePort } from "tapir/worker";
 *
 * const port = await parentMessagePort();
 * const stop = port.onMessage((message) => port.postMessage({ echo: message }));
 * ```
 */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  /** Listens to messages; returns the function that stops listening. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/**
 * A worker started by `startWorker`.
 *
 * @example
 * ```ts
 * const worker: AppWorker = await startWorker(new URL("./crunch_worker.ts", import.meta.url));
 * const stop = worker.onMessage((message) => console.log("worker says", message));
 * worker.postMessage({ start: true });
 * ```
 */
export interface AppWorker extends MessagePortLike {
  /** Stops the worker at once. */
  terminate(): Promise<void>;
}

/**
 * Any worker `Gui.connectWorker` accepts: one from `startWorker`, a Web Worker (Deno), or a Node
 * `worker_threads` Worker.
 *
 * @example
 * ```ts
 * const worker: WorkerLike = new Worker(new URL("./crunch_worker.ts", import.meta.url), { type: "module" });
 * gui.connectWorker(worker);
 * ```
 */
export type WorkerLike = AppWorker | WebWorkerLike | NodeWorkerLike;

/**
 * Starts the module at `url` in a worker thread of this runtime. A TypeScript module runs as it is on Deno,
 * and through tsx on Node (as the main program does). An uncaught error in the worker is logged.
 *
 * @example
 * ```ts
 * const worker = await startWorker(new URL("./simulator_worker.ts", import.meta.url));
 * worker.onMessage((message) => console.log(message));
 * worker.postMessage({ start: true });
 * ```
 */
export async function startWorker(url: URL): Promise<AppWorker> {
  const onError = (error: unknown) => console.error(`Tapir: worker ${url.href} failed:`, error);
  if (runtimeName === "deno") {
    const worker = new Worker(url, { type: "module" });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      onError(event.error ?? event.message);
    });
    return { ...messagePortOf(worker), terminate: () => Promise.resolve(worker.terminate()) };
  }
  const { Worker: NodeWorker } = await import("node:worker_threads");
  const worker = new NodeWorker(/\.[mc]?ts$/.test(url.pathname) ? tsxBootstrap(url) : url);
  worker.on("error", onError);
  return { ...messagePortOf(worker), terminate: async () => void (await worker.terminate()) };
}

/** Talks to a worker of either kind. */
export function messagePortOf(worker: WorkerLike): MessagePortLike {
  if ("onMessage" in worker) return worker;
  if ("addEventListener" in worker) {
    return {
      postMessage: (message) => worker.postMessage(message),
      onMessage(listener) {
        const onEvent = (event: MessageEvent) => listener(event.data);
        worker.addEventListener("message", onEvent);
        return () => worker.removeEventListener("message", onEvent);
      },
    };
  }
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage(listener) {
      worker.on("message", listener);
      return () => void worker.off("message", listener);
    },
  };
}

/**
 * The main thread, seen from inside a worker. On Node, listening keeps the worker alive: stop listening
 * when no answer is awaited.
 *
 * @example
 * ```ts
 * // inside the worker
 * import { parentMessagePort } from "tapir/worker";
 *
 * const port = await parentMessagePort();
 * const stop = port.onMessage((message) => {
 *   if (message === "stop") stop();
 * });
 * ```
 */
export async function parentMessagePort(): Promise<MessagePortLike> {
  if (runtimeName === "deno") return messagePortOf(globalThis as unknown as WebWorkerLike);
  const { parentPort } = await import("node:worker_threads");
  if (parentPort === null) throw new Error("parentMessagePort() must be called inside a worker thread");
  return messagePortOf(parentPort);
}

/**
 * A module that registers tsx in the Node worker, then loads the TypeScript module (Node's workers do not
 * inherit the main thread's module hooks).
 */
function tsxBootstrap(url: URL): URL {
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${
    JSON.stringify(url.href)
  });\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
