/**
 * What a worker thread and the main thread say to each other through `workerBridge` (worker side) and
 * `Gui.connectWorker` (main side). Functions cannot cross threads, so a worker names a function the Gui
 * registered. Every message carries `tapir: 1` so that both sides ignore the app's own messages.
 */

/** Runs a registered function for one client: `fn(state, ...args)`. */
export interface WorkerInvokeMessage {
  tapir: 1;
  type: "invoke";
  id: number;
  stateId: string;
  name: string;
  args: unknown[];
}

/** Runs a registered function for every connected client, or those listed. */
export interface WorkerBroadcastMessage {
  tapir: 1;
  type: "broadcast";
  id: number;
  name: string;
  args: unknown[];
  stateIds?: string[];
}

/** Sets a shared variable for every client. */
export interface WorkerAssignSharedMessage {
  tapir: 1;
  type: "assign-shared";
  id: number;
  name: string;
  value: unknown;
}

export type WorkerRequest = WorkerInvokeMessage | WorkerBroadcastMessage | WorkerAssignSharedMessage;

/** The main thread's answer to request `id`: the function's result, or why it failed. */
export type WorkerReply =
  | { tapir: 1; type: "reply"; id: number; value: unknown }
  | { tapir: 1; type: "reply"; id: number; error: string };

/** Narrows a message a worker sent to a request, or undefined for anything else (the app's own messages). */
export function readWorkerRequest(message: unknown): WorkerRequest | undefined {
  if (!isTapirMessage(message) || typeof message.id !== "number" || typeof message.name !== "string") {
    return undefined;
  }
  switch (message.type) {
    case "invoke":
      return typeof message.stateId === "string" && Array.isArray(message.args)
        ? message as unknown as WorkerInvokeMessage
        : undefined;
    case "broadcast":
      return Array.isArray(message.args) && (message.stateIds === undefined || isStringArray(message.stateIds))
        ? message as unknown as WorkerBroadcastMessage
        : undefined;
    case "assign-shared":
      return message as unknown as WorkerAssignSharedMessage;
    default:
      return undefined;
  }
}

/** Narrows a message the main thread sent to a reply, or undefined for anything else. */
export function readWorkerReply(message: unknown): WorkerReply | undefined {
  if (!isTapirMessage(message) || message.type !== "reply" || typeof message.id !== "number") return undefined;
  return message as unknown as WorkerReply;
}

function isTapirMessage(message: unknown): message is Record<string, unknown> {
  return typeof message === "object" && message !== null && (message as { tapir?: unknown }).tapir === 1;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
