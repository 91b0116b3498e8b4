import { test } from "uvu";
import * as assert from "uvu/assert";
import { broadcastCallback, getStateId, Gui, invokeCallback } from "../../mod.ts";
import type { PatchMessage, ServerMessage, ValueMap } from "../../gui/protocol/messages.ts";
import { applyDelta } from "../../gui/protocol/value_delta.ts";
import { connectClient, delay, type TestClient } from "../helpers/test_client.ts";

type AppState = { items: number[]; point: { x: number; y: number }; matrix: number[][]; count: number };

const page = "<|{items}|>\n\n<|{point.x}|>\n\n<|{matrix}|>\n\n<|{count}|>\n\n<|{items.length}|>";

async function startGui(): Promise<{ gui: Gui<AppState>; ids: string[] }> {
  const ids: string[] = [];
  const gui = new Gui<AppState>({
    page,
    state: { items: [1, 2], point: { x: 1, y: 2 }, matrix: [[0, 0, 0], [0, 0, 0]], count: 0 },
    onInit: (state) => void ids.push(getStateId(state)),
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, ids };
}

const isPatch = (message: ServerMessage): message is PatchMessage => message.type === "patch";

/** What the browser's store holds after every patch: values replaced, deltas applied. */
function browserValues(client: TestClient): ValueMap {
  const values: ValueMap = { ...client.welcome.values };
  for (const message of client.received) {
    if (!isPatch(message)) continue;
    Object.assign(values, message.values);
    for (const [key, delta] of Object.entries(message.deltas ?? {})) values[key] = applyDelta(values[key], delta);
  }
  return values;
}

test("in-place changes through the state reach the client: push, nested field, matrix cell", async () => {
  const { gui, ids } = await startGui();
  try {
    const client = await connectClient(gui.url);
    await invokeCallback(gui, ids[0] ?? "", (state) => {
      state.items.push(3);
      state.point.x = 5;
      state.matrix[1]![2] = 9;
    }, []);
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, {
      items: [1, 2, 3],
      "point.x": 5,
      matrix: [[0, 0, 0], [0, 0, 9]],
      "items.length": 3,
    });
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("an in-place push before a grown assignment sends the array whole, never a delta on the changed base", async () => {
  const { gui, ids } = await startGui();
  try {
    const client = await connectClient(gui.url);
    const id = ids[0] ?? "";
    const long = Array.from({ length: 20 }, (_, index) => index);
    await invokeCallback(gui, id, (state, values: number[]) => void (state.items = values), [long]);
    // After its first in-place change the state owns the array: the next ones change the very array sent.
    await invokeCallback(gui, id, (state) => void state.items.push(20), []);
    await client.waitFor((message) => isPatch(message) && message.values["items.length"] === 21);
    await invokeCallback(gui, id, (state) => {
      state.items.push(21);
      state.items = [...state.items, 22];
    }, []);
    await client.waitFor((message) => isPatch(message) && message.values["items.length"] === 23);
    assert.equal(browserValues(client).items, [...long, 20, 21, 22]);
    // A grown assignment alone still travels as a delta.
    await invokeCallback(gui, id, (state) => void (state.items = [...state.items, 23]), []);
    const last = await client.waitFor((message) => isPatch(message) && message.values["items.length"] === 24);
    assert.ok(isPatch(last) && last.deltas?.items !== undefined, "a delta for a plain grown assignment");
    assert.equal(browserValues(client).items, [...long, 20, 21, 22, 23]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("one client's in-place change of an array assigned to every client reaches no other client", async () => {
  const { gui, ids } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    const shared = [7, 8];
    await broadcastCallback(gui, (state, values: number[]) => void (state.items = values), [shared]);
    await first.waitFor(isPatch);
    await second.waitFor(isPatch);
    await invokeCallback(gui, ids[0] ?? "", (state) => void state.items.push(9), []);
    await first.waitFor((message) => isPatch(message) && message.values["items.length"] === 3);
    await delay(50);
    assert.is(second.received.filter(isPatch).length, 1, "the second client got only the broadcast");
    assert.equal(second.values.items, [7, 8]);
    assert.equal(shared, [7, 8], "the app's array is untouched");
    const seen = await invokeCallback(gui, ids[1] ?? "", (state) => [...state.items], []);
    assert.equal(seen, [7, 8]);
    await Promise.all([first.close(), second.close()]);
  } finally {
    await gui.stop();
  }
});

test("batch() sends every change of an async callback in one patch", async () => {
  const { gui, ids } = await startGui();
  try {
    const client = await connectClient(gui.url);
    await invokeCallback(gui, ids[0] ?? "", (state) =>
      state.batch(async () => {
        state.count = 1;
        await delay(30);
        state.items.push(3);
        await delay(30);
        state.count = 2;
      }), []);
    const patch = await client.waitFor(isPatch) as PatchMessage;
    assert.equal(patch.values, { count: 2, items: [1, 2, 3], "items.length": 3 });
    await delay(30);
    assert.is(client.received.filter(isPatch).length, 1);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test.run();
