import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, TemplateSyntaxError } from "../../mod.ts";
import type { PatchMessage, ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient } from "../helpers/test_client.ts";

type AppState = { count: number; log: string; items: number[] };

const page = `
<|{count}|>

<|Add|button|on_action={(state) => state.count++}|>

<|{log}|input|on_change={(state, name, value) => state.log = name + "=" + value}|>

<|Push|button|on_action={(state) => { state.items.push(state.count); record(state.items.length) }}|>

<|Fail|button|on_action={(state) => state.items.boom()}|>

<|{items}|>
`;

async function startGui() {
  const recorded: unknown[] = [];
  const exceptions: string[] = [];
  const gui = new Gui<AppState>({
    page,
    state: { count: 0, log: "", items: [] },
    functions: { record: (value: unknown) => void recorded.push(value) },
    onException: (_state, name) => void exceptions.push(name),
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, recorded, exceptions };
}

const isPatch = (message: ServerMessage): message is PatchMessage => message.type === "patch";

test("an inline on_action runs for the client and its change is pushed", async () => {
  const { gui } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "action", element: 1 });
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { count: 1 });
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("an inline on_change receives the name and value the element wrote", async () => {
  const { gui } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "update", key: "log", value: "abc" });
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { log: "log=abc" });
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("an inline callback changes state arrays in place and calls registered functions", async () => {
  const { gui, recorded } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "action", element: 1 });
    client.send({ type: "action", element: 3 });
    await client.waitFor((message) => isPatch(message) && Array.isArray(message.values.items));
    assert.equal(client.values.items, [1]);
    assert.equal(recorded, [1]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("an inline callback that fails runs onException with its text and tells the client", async () => {
  const { gui, exceptions } = await startGui();
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "action", element: 4 });
    const error = await client.waitFor((message) => message.type === "error");
    assert.is(error.type === "error" && error.code, "callback-failed");
    assert.equal(exceptions, ["{(state) => state.items.boom()}"]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("a fault in an inline callback is a TemplateSyntaxError at its line and column", () => {
  const cases: [string, number, number, RegExp][] = [
    ["<|Add|button|on_action={(state) => state.cont++}|>", 1, 42, /The state has no variable "cont".*did you mean "count"/],
    ['Hi\n\n<|{log}|input|on_change={(s, n, v) => s.log = vlaue}|>', 3, 47, /Unknown name "vlaue"/],
    ["<|Add|button|on_action={(state) => count = 1}|>", 1, 36, /Only the state can be assigned/],
  ];
  for (const [source, line, column, message] of cases) {
    let caught: unknown;
    try {
      new Gui<AppState>({ page: source, state: { count: 0, log: "", items: [] } });
    } catch (error) {
      caught = error;
    }
    assert.instance(caught, TemplateSyntaxError, source);
    const error = caught as TemplateSyntaxError;
    assert.equal([error.line, error.column], [line, column], source);
    assert.match(error.message, message);
  }
});

test.run();
