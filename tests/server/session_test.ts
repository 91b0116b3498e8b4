import { test } from "uvu";
import * as assert from "uvu/assert";
import { getStateId, Gui, invokeCallback, type State, UnknownStateError } from "../../mod.ts";
import type { PatchMessage, ServerMessage } from "../../gui/protocol/messages.ts";
import { startTestGui, type TestGui } from "../../gui/testing.ts";
import { delay, eventually } from "../helpers/test_client.ts";

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
  app: TestGui<AppState>;
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
  const app = await startTestGui(gui);
  return { app, gui, changes, exceptions, stateIds };
}

const isPatch = (message: ServerMessage): message is PatchMessage => message.type === "patch";

test("a new client is welcomed with every value its page shows", async () => {
  const { app } = await startGui();
  try {
    const client = await app.connect();
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
    await app.stop();
  }
});

test("an update writes back, runs onChange and is not echoed to its sender", async () => {
  const { app, changes } = await startGui();
  try {
    const client = await app.connect();
    client.set("name", "grace");
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { "name.toUpperCase()": "GRACE" });
    assert.equal(changes, [["name", "grace"]]);
    await client.close();
  } finally {
    await app.stop();
  }
});

test("an update of a sub-path copies the object and sets the variable", async () => {
  const { app, changes } = await startGui();
  try {
    const client = await app.connect();
    client.set("{point.x}", 7);
    await client.settled();
    assert.equal(changes, [["point", { x: 7, y: 2 }]]);
    assert.equal(app.state(client).point, { x: 7, y: 2 });
    assert.is(client.value("{point.x}"), 7);
    await client.close();
  } finally {
    await app.stop();
  }
});

test("two clients keep separate values", async () => {
  const { app } = await startGui();
  try {
    const first = await app.connect();
    const second = await app.connect();
    first.set("name", "first");
    await Promise.all([first.settled(), second.settled()]);
    assert.equal(first.value("{name.toUpperCase()}"), "FIRST");
    assert.equal(second.messages, [], "the other client received nothing");
    assert.equal(second.values.name, "ada");
    await Promise.all([first.close(), second.close()]);
  } finally {
    await app.stop();
  }
});

test("invokeCallback sends every change of one callback in one message", async () => {
  const { app, gui } = await startGui();
  try {
    const client = await app.connect();
    const result = await invokeCallback(gui, client.stateId, (state, value: number) => {
      state.count = value;
      state.name = "bob";
      state.count = value + 1;
      return "done";
    }, [41]);
    assert.is(result, "done");
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { count: 42, name: "bob", "name.toUpperCase()": "BOB" });
    await delay(30);
    assert.is(client.messages.filter(isPatch).length, 1);
    await client.close();
  } finally {
    await app.stop();
  }
});

test("a computed binding is re-sent only when its value changes", async () => {
  const { app, gui } = await startGui();
  try {
    const client = await app.connect();
    const id = client.stateId;
    const key = 'level > 5 ? "big" : "small"';
    await invokeCallback(gui, id, (state) => void (state.level = 6), []);
    await client.waitFor((message) => isPatch(message) && key in message.values);
    await invokeCallback(gui, id, (state) => void (state.level = 7), []);
    await invokeCallback(gui, id, (state) => void (state.count = 1), []);
    await client.waitFor((message) => isPatch(message) && "count" in message.values);
    const withKey = client.messages.filter((message) => isPatch(message) && key in message.values);
    assert.is(withKey.length, 1, "level 6 -> 7 leaves the computed value 'big' unchanged");
    await client.close();
  } finally {
    await app.stop();
  }
});

test("a write to the server-side State outside any callback reaches its tab alone", async () => {
  const { app, stateIds } = await startGui();
  try {
    const [client, other] = [await app.connect(), await app.connect()];
    assert.equal(stateIds, [client.stateId, other.stateId], "onInit ran once per tab");
    app.state(client).name = "lin";
    await Promise.all([client.settled(), other.settled()]);
    assert.is(client.value("name.toUpperCase()"), "LIN");
    assert.is(other.value("{name}"), "ada");
  } finally {
    await app.stop();
  }
});

test("invokeCallback rejects an unknown state id with UnknownStateError", async () => {
  const { app, gui } = await startGui();
  try {
    let caught: unknown;
    await invokeCallback(gui, "no-such-id", () => {}, []).catch((error) => (caught = error));
    assert.instance(caught, UnknownStateError);
  } finally {
    await app.stop();
  }
});

test("a callback that throws keeps what it assigned, runs onException and tells the client", async () => {
  const { app, exceptions } = await startGui();
  try {
    const client = await app.connect();
    client.action(6);
    await client.settled();
    assert.equal(client.errors.map((error) => error.code), ["callback-failed"]);
    assert.equal(exceptions, ["explode"]);
    assert.is(client.value("{count}"), 100);
    client.action(5);
    await client.settled();
    assert.is(client.value("{count}"), 101);
    assert.is(app.state(client).count, 101);
    await client.close();
  } finally {
    await app.stop();
  }
});

test("bad messages get an error, change nothing, and leave other clients alone", async () => {
  const { app } = await startGui();
  try {
    const bad = await app.connect();
    const good = await app.connect();
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
    for (const frame of frames) bad.sendRaw(frame);
    await eventually(() => bad.messages.length === frames.length, "one error per bad frame");
    const codes = bad.messages.map((message) => message.type === "error" ? message.code : message.type);
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
    assert.equal(good.messages.filter((message) => message.type === "error"), []);
    bad.send({ type: "action", element: 5 });
    await bad.waitFor((message) => isPatch(message) && message.values.count === 1);
    await Promise.all([bad.close(), good.close()]);
  } finally {
    await app.stop();
  }
});

test("a reconnecting tab resumes its state and gets the changes it missed, in order", async () => {
  const { app, gui } = await startGui();
  try {
    const first = await app.connect();
    // The tab's last word: it saw the welcome, and the three patches after it were lost on the way.
    const ticket = first.ticket;
    for (let value = 1; value <= 3; value++) {
      await invokeCallback(gui, first.stateId, (state, v: number) => void (state.count = v), [value]);
      await eventually(() => first.values.count === value, `patch ${value} sent`);
    }
    await first.close();
    // And one change made while the tab is away.
    await invokeCallback(gui, first.stateId, (state) => void (state.count = 4), []);
    const again = await app.connect("/", { resume: ticket });
    assert.is(again.welcome.stateId, ticket.stateId);
    assert.ok(again.welcome.resumed);
    await eventually(() => again.values.count === 4, "the change made while away");
    // The missed patches themselves, each once, numbered on from the ticket and in the order they were
    // made: not a fresh snapshot holding only the last value.
    assert.equal(again.welcome.values, {}, "a tab that missed a few patches gets them, not a snapshot");
    assert.is(again.welcome.seq, ticket.lastSeq);
    const patches = again.messages.filter(isPatch);
    assert.equal(patches.map((patch) => patch.values.count), [1, 2, 3, 4]);
    assert.equal(patches.map((patch) => patch.seq), [1, 2, 3, 4].map((n) => ticket.lastSeq + n));
    assert.is(gui.stateIds().length, 1, "no second state was created");
    await again.close();
  } finally {
    await app.stop();
  }
});

test("a ticket with a wrong secret gets a new state", async () => {
  const { app, gui } = await startGui();
  try {
    // The same page load (instance) presents the forged ticket, so that only the secret can refuse it:
    // a ticket from another instance would get a new state anyway while the first tab is connected.
    const first = await app.connect("/", { instance: "tab-a" });
    await invokeCallback(gui, first.stateId, (state) => void (state.name = "private"), []);
    await eventually(() => first.values.name === "private", "the first tab's own value");
    const ticket = first.ticket;
    await first.close();
    const forged = { ...ticket, secret: ticket.secret.replace(/^./, (c) => (c === "a" ? "b" : "a")) };
    const intruder = await app.connect("/", { instance: "tab-a", resume: forged });
    assert.is.not(intruder.welcome.stateId, ticket.stateId);
    assert.not.ok(intruder.welcome.resumed);
    assert.is(intruder.values.name, "ada", "the intruder sees the initial state, not the first tab's");
    assert.is(gui.stateIds().length, 2);
    // The right secret, from the same page load, does resume: the refusal above was the secret's.
    const owner = await app.connect("/", { instance: "tab-a", resume: ticket });
    assert.is(owner.welcome.stateId, ticket.stateId);
    assert.ok(owner.welcome.resumed);
    await Promise.all([intruder.close(), owner.close()]);
  } finally {
    await app.stop();
  }
});

test("a duplicated tab presenting a connected state's ticket gets its own state", async () => {
  const { app } = await startGui();
  try {
    const original = await app.connect("/", { instance: "tab-a" });
    const ticket = { ...original.ticket, lastSeq: -1 };
    const duplicate = await app.connect("/", { instance: "tab-b", resume: ticket });
    assert.is.not(duplicate.welcome.stateId, original.welcome.stateId);
    await Promise.all([original.close(), duplicate.close()]);
  } finally {
    await app.stop();
  }
});

test("a state is freed once its tab has been gone longer than the retention time", async () => {
  const { app, gui } = await startGui(100);
  try {
    const client = await app.connect();
    assert.is(gui.stateIds().length, 1);
    await client.close();
    await eventually(() => gui.stateIds().length === 0, "the state to expire", 2000);
  } finally {
    await app.stop();
  }
});

test.run();
