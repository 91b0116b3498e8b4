import { test } from "uvu";
import * as assert from "uvu/assert";
import { getStateId, Gui, invokeCallback, type State, UnknownStateError } from "../../mod.ts";
import type { PatchMessage, ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient, delay, eventually } from "../helpers/test_client.ts";

type AppState = { name: string; count: number; level: number; point: { x: number; y: number } };

const page = `
# Session test

<|{name}|input|>
Upper: <|{name.toUpperCase()}|>
Count: <|{count}|>
Size: <|{level > 5 ? "big" : "small"}|>
<|{point.x}|number|>
<|Add|button|on_action=add|>
<|Fail|button|on_action=explode|>
`;

interface Harness {
  gui: Gui<AppState>;
  changes: [string, unknown][];
  exceptions: string[];
  stateIds: string[];
}

async function startGui(retention = 60_000): Promise<Harness> {
  const changes: [string, unknown][] = [];
  const exceptions: string[] = [];
  const stateIds: string[] = [];
  const gui = new Gui<AppState>({
    page,
    state: { name: "ada", count: 0, level: 0, point: { x: 1, y: 2 } },
    stateRetention: retention,
    onInit: (state) => {
      stateIds.push(getStateId(state));
    },
    onChange: (_state, name, value) => {
      changes.push([name, value]);
    },
    onException: (_state, functionName) => {
      exceptions.push(functionName);
    },
    functions: {
      add: (state: State<AppState>) => {
        state.count += 1;
      },
      explode: (state: State<AppState>) => {
        state.count = 100;
        throw new Error("boom");
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, changes, exceptions, stateIds };
}

const isPatch = (message: ServerMessage): message is PatchMessage => message.type === "patch";

test("a new client is welcomed with every value its page shows", async () => {
  const { gui } = await startGui();
  try {
    const client = await connectClient(gui.url);
    assert.equal(client.welcome.values, {
      name: "ada",
      "name.toUpperCase()": "ADA",
      count: 0,
      'level > 5 ? "big" : "small"': "small",
      "point.x": 1,
    });
    assert.ok(client.welcome.secret.length >= 32, "the secret is long enough to be unguessable");
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("an update writes back, runs onChange and is not echoed to its sender", async () => {
  const { gui, changes } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "update", key: "name", value: "grace" });
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { "name.toUpperCase()": "GRACE" });
    assert.equal(changes, [["name", "grace"]]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("an update of a sub-path copies the object and sets the variable", async () => {
  const { gui, changes } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "update", key: "point.x", value: 7 });
    await eventually(() => changes.length === 1, "onChange");
    assert.equal(changes[0], ["point", { x: 7, y: 2 }]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("two clients keep separate values", async () => {
  const { gui } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    first.send({ type: "update", key: "name", value: "first" });
    await first.waitFor(isPatch);
    await delay(50);
    assert.equal(second.received, [], "the other client received nothing");
    assert.equal(second.values.name, "ada");
    await Promise.all([first.close(), second.close()]);
  } finally {
    await gui.stop();
  }
});

test("invokeCallback sends every change of one callback in one message", async () => {
  const { gui, stateIds } = await startGui();
  try {
    const client = await connectClient(gui.url);
    const result = await invokeCallback(gui, stateIds[0] ?? "", (state, value: number) => {
      state.count = value;
      state.name = "bob";
      state.count = value + 1;
      return "done";
    }, [41]);
    assert.is(result, "done");
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { count: 42, name: "bob", "name.toUpperCase()": "BOB" });
    await delay(30);
    assert.is(client.received.filter(isPatch).length, 1);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("a computed binding is re-sent only when its value changes", async () => {
  const { gui, stateIds } = await startGui();
  try {
    const client = await connectClient(gui.url);
    const id = stateIds[0] ?? "";
    const key = 'level > 5 ? "big" : "small"';
    await invokeCallback(gui, id, (state) => void (state.level = 6), []);
    await client.waitFor((message) => isPatch(message) && key in message.values);
    await invokeCallback(gui, id, (state) => void (state.level = 7), []);
    await invokeCallback(gui, id, (state) => void (state.count = 1), []);
    await client.waitFor((message) => isPatch(message) && "count" in message.values);
    const withKey = client.received.filter((message) => isPatch(message) && key in message.values);
    assert.is(withKey.length, 1, "level 6 -> 7 leaves the computed value 'big' unchanged");
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("invokeCallback rejects an unknown state id with UnknownStateError", async () => {
  const { gui } = await startGui();
  try {
    let caught: unknown;
    await invokeCallback(gui, "no-such-id", () => {}, []).catch((error) => (caught = error));
    assert.instance(caught, UnknownStateError);
  } finally {
    await gui.stop();
  }
});

test("a callback that throws keeps what it assigned, runs onException and tells the client", async () => {
  const { gui, exceptions } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "action", element: 6 });
    const error = await client.waitFor((message) => message.type === "error");
    assert.is(error.type === "error" && error.code, "callback-failed");
    assert.equal(exceptions, ["explode"]);
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { count: 100 });
    client.send({ type: "action", element: 5 });
    await client.waitFor((message) => isPatch(message) && message.values.count === 101);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("bad messages get an error, change nothing, and leave other clients alone", async () => {
  const { gui } = await startGui();
  try {
    const bad = await connectClient(gui.url);
    const good = await connectClient(gui.url);
    const frames = [
      "not json",
      JSON.stringify([1, 2]),
      JSON.stringify({ type: "launch" }),
      JSON.stringify({ type: "update", key: "nope", value: 1 }),
      JSON.stringify({ type: "update", key: "count", value: 5 }),
      JSON.stringify({ type: "update", key: "point.x", value: "seven" }),
      JSON.stringify({ type: "action", element: 99 }),
      JSON.stringify({ type: "action", element: -1 }),
    ];
    for (const frame of frames) bad.socket.socket.send(frame);
    await eventually(() => bad.received.length === frames.length, "one error per bad frame");
    const codes = bad.received.map((message) => message.type === "error" ? message.code : message.type);
    assert.equal(codes, [
      "bad-message",
      "bad-message",
      "bad-message",
      "unknown-binding",
      "read-only-binding",
      "bad-value",
      "unknown-element",
      "bad-message",
    ]);
    good.send({ type: "update", key: "name", value: "still fine" });
    await good.waitFor(isPatch);
    assert.equal(good.received.filter((message) => message.type === "error"), []);
    bad.send({ type: "action", element: 5 });
    await bad.waitFor((message) => isPatch(message) && message.values.count === 1);
    await Promise.all([bad.close(), good.close()]);
  } finally {
    await gui.stop();
  }
});

test("a reconnecting tab resumes its state and gets the changes it missed, in order", async () => {
  const { gui, stateIds } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const ticket = { stateId: first.welcome.stateId, secret: first.welcome.secret, lastSeq: first.welcome.seq };
    await first.close();
    for (let value = 1; value <= 3; value++) {
      await invokeCallback(gui, stateIds[0] ?? "", (state, v: number) => void (state.count = v), [value]);
    }
    const again = await connectClient(gui.url, { resume: ticket });
    assert.is(again.welcome.stateId, ticket.stateId);
    assert.ok(again.welcome.resumed);
    await eventually(() => again.values.count === 3, "the missed change");
    assert.is(gui.stateIds().length, 1, "no second state was created");
    await again.close();
  } finally {
    await gui.stop();
  }
});

test("a ticket with a wrong secret gets a new state", async () => {
  const { gui } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const forged = { stateId: first.welcome.stateId, secret: "guess", lastSeq: 0 };
    const intruder = await connectClient(gui.url, { resume: forged });
    assert.is.not(intruder.welcome.stateId, first.welcome.stateId);
    await Promise.all([first.close(), intruder.close()]);
  } finally {
    await gui.stop();
  }
});

test("a duplicated tab presenting a connected state's ticket gets its own state", async () => {
  const { gui } = await startGui();
  try {
    const original = await connectClient(gui.url, { instance: "tab-a" });
    const ticket = { stateId: original.welcome.stateId, secret: original.welcome.secret, lastSeq: -1 };
    const duplicate = await connectClient(gui.url, { instance: "tab-b", resume: ticket });
    assert.is.not(duplicate.welcome.stateId, original.welcome.stateId);
    await Promise.all([original.close(), duplicate.close()]);
  } finally {
    await gui.stop();
  }
});

test("a state is freed once its tab has been gone longer than the retention time", async () => {
  const { gui } = await startGui(100);
  try {
    const client = await connectClient(gui.url);
    assert.is(gui.stateIds().length, 1);
    await client.close();
    await eventually(() => gui.stateIds().length === 0, "the state to expire", 2000);
  } finally {
    await gui.stop();
  }
});

test.run();
