/**
 * A fault in one session stays in that session. A value nested 5,000 deep written into a binding used to
 * overflow the stack of the next flush, inside a microtask, and end the Node process with every tab of
 * every user; a callback that sets a value JSON cannot hold (a BigInt, a cyclic object, a nesting too deep
 * for JSON.stringify) did the same. Now the deep message is refused when parsed, and a flush that fails is
 * logged once with its state id, the tab is told (`server-fault`), and the server and other tabs go on.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { MAX_MESSAGE_DEPTH } from "../../gui/protocol/json_nesting.ts";
import { connectClient } from "../helpers/test_client.ts";
import { openRawWebSocket, type RawWebSocket } from "./raw_web_socket.ts";

type AppState = { level: unknown; shown: unknown; count: number };

// 0 slider (writes any JSON today), 1 text of `shown`, 2 text of `count`.
const page = "<|{level}|slider|>\n\n<|{shown}|>\n\n<|{count}|>";

const INITIAL: AppState = { level: 5, shown: "", count: 0 };

async function startGui(): Promise<Gui<AppState>> {
  const gui = new Gui<AppState>({ page, state: INITIAL });
  await gui.run({ port: 0, quiet: true });
  return gui;
}

const socketUrl = (gui: Gui<AppState>) => gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH;

async function connectRaw(gui: Gui<AppState>): Promise<{ socket: RawWebSocket; stateId: string }> {
  const socket = await openRawWebSocket(socketUrl(gui));
  await socket.sendText(JSON.stringify({ type: "hello", page: "/" }));
  const welcome = JSON.parse((await socket.nextMessage()) ?? "{}") as { type: string; stateId: string };
  assert.is(welcome.type, "welcome");
  return { socket, stateId: welcome.stateId };
}

async function nextOfType(socket: RawWebSocket, type: string): Promise<Record<string, unknown>> {
  for (;;) {
    const text = await socket.nextMessage(5000);
    if (text === undefined) throw new Error(`no "${type}" message; the socket closed or went silent`);
    const message = JSON.parse(text) as Record<string, unknown>;
    if (message["type"] === type) return message;
  }
}

/** Silences console.error while `run` runs, and returns what was logged. */
async function capturingErrors(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

test("an update nested 5,000 deep is refused; the server and another tab go on", async () => {
  const gui = await startGui();
  try {
    const { socket, stateId } = await connectRaw(gui);
    const observer = await connectClient(gui.url);
    const nested = "[".repeat(5000) + "]".repeat(5000);
    await socket.sendText(`{"type":"update","key":"level","value":${nested}}`);
    const error = await nextOfType(socket, "error");
    assert.is(error["code"], "bad-message");
    assert.match(String(error["message"]), `deeper than ${MAX_MESSAGE_DEPTH} levels`);
    // Deep, but within the bound: accepted as any other value of this binding.
    const deepest = "[".repeat(MAX_MESSAGE_DEPTH - 1) + "]".repeat(MAX_MESSAGE_DEPTH - 1);
    await socket.sendText(`{"type":"update","key":"level","value":${deepest}}`);
    await socket.sendText(JSON.stringify({ type: "update", key: "level", value: 7 }));
    await socket.sendText(JSON.stringify({ type: "request", id: 1, element: 1 }));
    await nextOfType(socket, "response");
    const level = await invokeCallback(gui, stateId, (state: State<AppState>) => state.level, []);
    assert.is(level, 7, "the sender's connection still works");
    observer.send({ type: "update", key: "level", value: 3 });
    observer.send({ type: "request", id: 2, element: 1 });
    await observer.waitFor((message) => message.type === "response");
    assert.is(await invokeCallback(gui, observer.welcome.stateId, (state) => state.level, []), 3);
    socket.close();
    await observer.close();
  } finally {
    await gui.stop();
  }
});

let bigInts = 0n;
/** Values JSON.stringify throws on, each set by a callback (the app's bug, not the client's); new each time. */
const unsendable: [string, () => unknown][] = [
  ["a BigInt", () => ++bigInts],
  ["a cyclic object", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic["self"] = cyclic;
    return cyclic;
  }],
  // Node's JSON.stringify overflows its stack on an array nested 100,000 deep (Deno's does not): the same
  // throw from the same place, which this case makes on every runtime.
  ["a value whose toJSON throws", () => ({
    toJSON() {
      throw new RangeError("Maximum call stack size exceeded");
    },
  })],
];

for (const [what, make] of unsendable) {
  test(`a callback that shows ${what} faults its own tab only; the server and other tabs go on`, async () => {
    const gui = await startGui();
    try {
      const { socket, stateId } = await connectRaw(gui);
      const observer = await connectClient(gui.url);
      const logged = await capturingErrors(async () => {
        // The flush runs in a microtask after the callback; unguarded, its throw ends a Node process.
        await invokeCallback(gui, stateId, (state: State<AppState>) => void (state.shown = make()), []);
        const fault = await nextOfType(socket, "error");
        assert.is(fault["code"], "server-fault");
        assert.not.match(String(fault["message"]), "    at ", "no stack trace reaches the tab");
        // A second fault of the same state is told to the tab but not logged again.
        await invokeCallback(gui, stateId, (state: State<AppState>) => void (state.shown = make()), []);
        assert.is((await nextOfType(socket, "error"))["code"], "server-fault");
      });
      assert.is(logged.length, 1, `logged once: ${logged.join("\n")}`);
      assert.match(logged[0] ?? "", stateId, "the log names the state");
      // The same tab still gets what it can be sent, in order.
      await invokeCallback(gui, stateId, (state: State<AppState>) => void (state.count = 1), []);
      const patch = await nextOfType(socket, "patch");
      assert.equal(patch["values"], { count: 1 });
      assert.is(patch["seq"], 1, "the failed patch left no gap in the sequence");
      // Another tab is untouched and served.
      observer.send({ type: "update", key: "level", value: 2 });
      await invokeCallback(gui, observer.welcome.stateId, (state) => void (state.count = 5), []);
      await observer.waitFor((message) => message.type === "patch");
      assert.equal(observer.received.filter((message) => message.type === "error"), []);
      socket.close();
      await observer.close();
    } finally {
      await gui.stop();
    }
  });
}

test.run();
