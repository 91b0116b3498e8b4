import { test } from "uvu";
import * as assert from "uvu/assert";
import { getStateId, Gui, invokeLongCallback, type State } from "../../mod.ts";
import type { PatchMessage, ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient, delay, eventually } from "../helpers/test_client.ts";

type AppState = { progress: string };
type Status = [status: number | boolean, label: string, result: unknown];

async function startGui(work: () => Promise<number>, period: number) {
  const statuses: Status[] = [];
  const exceptions: [string, string][] = [];
  const gui = new Gui<AppState>({
    page: "<|{progress}|>\n\n<|Start|button|on_action=start|>",
    state: { progress: "idle" },
    onException: (state, name) => void exceptions.push([getStateId(state), name]),
    functions: {
      start: (state: State<AppState>) => {
        void invokeLongCallback(state, work, [], (state, status, label: string, result?: number) => {
          statuses.push([status, label, result]);
          state.progress = typeof status === "number" ? `${label} ${status}` : status ? `done ${result}` : "failed";
        }, ["tick"], period);
        state.progress = "started";
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, statuses, exceptions };
}

const isPatch = (message: ServerMessage): message is PatchMessage => message.type === "patch";

test("invokeLongCallback reports periods while the work runs, then true and the result", async () => {
  const { gui, statuses } = await startGui(async () => {
    await delay(150);
    return 7;
  }, 20);
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "action", element: 1 });
    await client.waitFor((message) => isPatch(message) && message.values.progress === "done 7");
    const periodic = statuses.slice(0, -1).map(([status]) => status);
    assert.ok(periodic.length >= 1, "at least one progress call");
    assert.equal(periodic, periodic.map((_, index) => index + 1), "progress counts 1, 2, 3... in order");
    assert.equal(statuses.at(-1), [true, "tick", 7]);
    const shown = client.received.filter(isPatch).map((patch) => patch.values.progress);
    assert.is(shown[0], "started", "the callback that started the work finished first");
    assert.ok(shown.includes("tick 1"));
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("invokeLongCallback reports a failure: onException, an error message to the client, then false", async () => {
  const { gui, statuses, exceptions } = await startGui(async function crunch() {
    await delay(30);
    throw new Error("out of memory");
  }, 0);
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "action", element: 1 });
    await client.waitFor((message) => isPatch(message) && message.values.progress === "failed");
    const error = await client.waitFor((message) => message.type === "error");
    assert.is(error.type === "error" && error.code, "callback-failed");
    assert.equal(exceptions, [[client.welcome.stateId, "crunch"]]);
    assert.equal(statuses, [[false, "tick", undefined]], "no period: one call, at the end");
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("invokeLongCallback accepts its optional parameters as an options object", async () => {
  const seen: (number | boolean)[] = [];
  const gui = new Gui<AppState>({
    page: "<|{progress}|>",
    state: { progress: "" },
    onInit: (state) => {
      void invokeLongCallback(state, (a: number, b: number) => a + b, [2, 3], {
        statusFn: (state, status, result) => {
          seen.push(status);
          state.progress = `${status} ${result}`;
        },
      });
    },
  });
  await gui.run({ port: 0, quiet: true });
  try {
    const client = await connectClient(gui.url);
    await eventually(() => client.values.progress === "true 5", "the final status");
    assert.equal(seen, [true]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("invokeLongCallback refuses something that is not a State", async () => {
  let caught: unknown;
  await invokeLongCallback({} as State<AppState>, () => 1, []).catch((error) => (caught = error));
  assert.instance(caught, TypeError);
});

test.run();
