/**
 * Callbacks that throw or reject, in every place the app's code runs: actions (sync and async), the global
 * onChange, an element's on_change, onInit, invokeCallback's function, and onException itself. Each time
 * onException runs, the tab is told, the server and the other tabs go on, and the state holds exactly what
 * the callback assigned before it failed.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient, delay, eventually, type TestClient } from "../helpers/test_client.ts";

type AppState = { level: number; a: number; b: number; c: number; note: string; failInit: boolean };

// 0 number (global onChange), 1 number with its own on_change, 2-4 texts, 5-8 buttons.
const page = `
<|{level}|number|>
<|{note}|input|on_change=noteChanged|>
<|{a}|> <|{b}|> <|{c}|>
<|Async|button|on_action=asyncFail|>
<|Reject|button|on_action=rejectLater|>
<|Odd|button|on_action=throwString|>
<|Fine|button|on_action=fine|>
`;

const INITIAL: AppState = { level: 0, a: 0, b: 0, c: 0, note: "", failInit: false };

interface Harness {
  gui: Gui<AppState>;
  exceptions: [string, unknown][];
}

async function startGui(
  options: { onExceptionThrows?: boolean; initFails?: boolean } = {},
): Promise<Harness> {
  const exceptions: [string, unknown][] = [];
  const gui = new Gui<AppState>({
    page,
    state: INITIAL,
    onInit: async (state) => {
      if (!options.initFails) return;
      state.a = 1;
      await delay(5);
      state.b = 2;
      throw new Error("init failed");
    },
    onChange: (state, name) => {
      if (name !== "level") return;
      state.a = 10;
      throw new Error("onChange failed");
    },
    onException: (_state, name, error) => {
      exceptions.push([name, error]);
      if (options.onExceptionThrows) throw new Error("onException failed too");
    },
    functions: {
      asyncFail: async (state: State<AppState>) => {
        state.a = 1;
        await delay(5);
        state.b = 2;
        throw new Error("async failure");
      },
      rejectLater: (state: State<AppState>) => {
        state.c = 3;
        return new Promise((_resolve, reject) => setTimeout(() => reject(new Error("rejected")), 5));
      },
      throwString: () => {
        throw "not an Error";
      },
      fine: (state: State<AppState>) => void (state.c += 100),
      noteChanged: async (state: State<AppState>) => {
        state.b = 20;
        await delay(1);
        throw new Error("on_change failed");
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, exceptions };
}

const readState = (gui: Gui<AppState>, client: TestClient) =>
  invokeCallback(gui, client.welcome.stateId, (state) => JSON.parse(JSON.stringify(state)) as AppState, []);

const isFailure = (name: string) => (message: ServerMessage) =>
  message.type === "error" && message.code === "callback-failed" && message.message.includes(`"${name}"`);

/** Runs `act` with one tab while another watches, then checks the watcher saw nothing and the server goes on. */
async function withTwoTabs(harness: Harness, act: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await connectClient(harness.gui.url);
  const other = await connectClient(harness.gui.url);
  try {
    await act(client);
    client.send({ type: "action", element: 8 });
    await client.waitFor((message) => message.type === "patch" && Number(message.values["c"]) >= 100);
    await delay(20);
    assert.equal(other.received, [], "the other tab saw nothing");
    assert.equal(await readState(harness.gui, other), INITIAL);
  } finally {
    await Promise.all([client.close(), other.close()]);
  }
}

test("an async action that throws after an await keeps both assignments and reports once", async () => {
  const harness = await startGui();
  try {
    await withTwoTabs(harness, async (client) => {
      client.send({ type: "action", element: 5 });
      await client.waitFor(isFailure("asyncFail"));
      assert.equal(await readState(harness.gui, client), { ...INITIAL, a: 1, b: 2 });
      assert.equal(harness.exceptions.map(([name]) => name), ["asyncFail"]);
      assert.is((harness.exceptions[0]?.[1] as Error).message, "async failure");
      await eventually(() => client.values["a"] === 1 && client.values["b"] === 2, "the assigned values");
    });
  } finally {
    await harness.gui.stop();
  }
});

test("a callback whose promise rejects, and one that throws a non-Error, are both reported", async () => {
  const harness = await startGui();
  try {
    await withTwoTabs(harness, async (client) => {
      client.send({ type: "action", element: 6 });
      client.send({ type: "action", element: 7 });
      await client.waitFor(isFailure("rejectLater"));
      await client.waitFor(isFailure("throwString"));
      assert.equal(harness.exceptions.map(([name, error]) => [name, String(error)]), [
        ["rejectLater", "Error: rejected"],
        ["throwString", "not an Error"],
      ]);
      assert.equal(await readState(harness.gui, client), { ...INITIAL, c: 3 });
    });
  } finally {
    await harness.gui.stop();
  }
});

test("a throwing onChange keeps the written value and what it assigned", async () => {
  const harness = await startGui();
  try {
    await withTwoTabs(harness, async (client) => {
      client.send({ type: "update", key: "level", value: 7 });
      await client.waitFor(isFailure("onChange"));
      assert.equal(await readState(harness.gui, client), { ...INITIAL, level: 7, a: 10 });
      await eventually(() => client.values["a"] === 10, "onChange's assignment reaches the tab");
    });
  } finally {
    await harness.gui.stop();
  }
});

test("a throwing async on_change of an element keeps the written value and what it assigned", async () => {
  const harness = await startGui();
  try {
    await withTwoTabs(harness, async (client) => {
      client.send({ type: "update", key: "note", value: "hello" });
      await client.waitFor(isFailure("noteChanged"));
      assert.equal(await readState(harness.gui, client), { ...INITIAL, note: "hello", b: 20 });
    });
  } finally {
    await harness.gui.stop();
  }
});

test("an async onInit that throws still welcomes the tab with what it assigned, then reports", async () => {
  const harness = await startGui({ initFails: true });
  try {
    const client = await connectClient(harness.gui.url);
    assert.equal([client.welcome.values["a"], client.welcome.values["b"]], [1, 2]);
    await client.waitFor(isFailure("onInit"));
    assert.equal(harness.exceptions.map(([name]) => name), ["onInit"]);
    const other = await connectClient(harness.gui.url);
    await other.waitFor(isFailure("onInit"));
    assert.equal(other.received.filter((message) => message.type === "error").length, 1, "only its own");
    await Promise.all([client.close(), other.close()]);
  } finally {
    await harness.gui.stop();
  }
});

test("invokeCallback rejects with the function's own error after onException, keeping its assignments", async () => {
  const harness = await startGui();
  try {
    await withTwoTabs(harness, async (client) => {
      const failure = new Error("background failure");
      let caught: unknown;
      await invokeCallback(harness.gui, client.welcome.stateId, async function refresh(state) {
        state.a = 5;
        await delay(1);
        state.b = 6;
        throw failure;
      }, []).catch((error) => (caught = error));
      assert.is(caught, failure);
      assert.equal(harness.exceptions, [["refresh", failure]]);
      await client.waitFor(isFailure("refresh"));
      await eventually(() => client.values["a"] === 5 && client.values["b"] === 6, "the assignments");
      assert.equal(await readState(harness.gui, client), { ...INITIAL, a: 5, b: 6 });
    });
  } finally {
    await harness.gui.stop();
  }
});

test("an onException that throws itself is logged and harms nothing", async () => {
  const harness = await startGui({ onExceptionThrows: true });
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
  try {
    await withTwoTabs(harness, async (client) => {
      client.send({ type: "action", element: 5 });
      await client.waitFor(isFailure("asyncFail"));
      await eventually(() => logged.some((line) => line.includes("onException itself failed")), "the log");
    });
  } finally {
    console.error = original;
    await harness.gui.stop();
  }
});

test.run();
