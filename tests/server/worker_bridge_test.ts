import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, type State, startWorker } from "../../mod.ts";
import { connectClient, eventually } from "../helpers/test_client.ts";
import { startWorkerSimulator } from "../../examples/worker_simulator.ts";

type AppState = { note: string; total: number };

test("a worker thread calls registered functions for one client, for all, and sets a shared variable", async () => {
  const gui = new Gui<AppState>({
    page: "<|{note}|>\n\n<|{total}|>",
    state: { note: "", total: 0 },
    shared: ["total"],
    functions: {
      setNote: (state: State<AppState>, note: string) => {
        state.note = note;
        return `ok:${note}`;
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
  const worker = await startWorker(new URL("../fixtures/bridge_worker.ts", import.meta.url));
  const disconnect = gui.connectWorker(worker);
  const messages: Record<string, unknown>[] = [];
  worker.onMessage((message) => void messages.push(message as Record<string, unknown>));
  const logged: unknown[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.join(" "));
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    await eventually(() => messages.some((message) => message.ready === true), "the worker to start", 10_000);
    worker.postMessage({ command: "run", stateId: first.welcome.stateId });
    await eventually(() => messages.some((message) => "result" in message), "the worker's answer", 10_000);
    const answer = messages.find((message) => "result" in message);
    assert.is(answer?.result, "ok:from worker", "invokeCallback resolves with the function's result");
    assert.match(String(answer?.failure), /"setNot", which is not a registered function \(did you mean "setNote"/);
    await eventually(() => first.values.note === "to one" && second.values.note === "to all", "the broadcasts");
    await eventually(() => first.values.total === 3 && second.values.total === 3, "the shared variable");
    assert.ok(logged.some((line) => String(line).includes("setNot")), "the main thread logs the unknown name");
    await Promise.all([first.close(), second.close()]);
  } finally {
    console.error = originalError;
    disconnect();
    await worker.terminate();
    await gui.stop();
  }
});

test("examples/worker_simulator.ts pushes the worker's frames to every client", async () => {
  const simulator = await startWorkerSimulator({ port: 0, quiet: true });
  try {
    const client = await connectClient(simulator.gui.url);
    await eventually(() => Number(client.values.step) > 0, "a frame from the worker", 10_000);
    assert.ok(Number(client.values.max) > 0, "the rod warms up");
    await client.close();
  } finally {
    await simulator.stop();
  }
});

test.run();
