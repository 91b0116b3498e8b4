/**
 * A callback that never resolves used to freeze its tab for good: every later message of the tab waited
 * behind it. Now the tab is told that the server is busy on it, can still leave the page (and lift a
 * hold) while it runs, and with `limits.callbackTimeoutMs` the tab stops waiting: onException hears of a
 * CallbackTimeoutError that names the callback, and the tab's next messages are handled.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CallbackTimeoutError, Gui, invokeCallback, type State } from "../../mod.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import type { ServerLimits } from "../../gui/server/server_limits.ts";
import { connectClient, eventually } from "../helpers/test_client.ts";

type AppState = { note: string; count: number };

const pages = {
  "/": "<|{note}|input|>\n\n<|{count}|>\n\n<|Stuck|button|on_action=stuck|>",
  other: "Another page: <|{count}|>",
};

const never = new Promise<never>(() => {});

async function startGui(
  limits: Partial<ServerLimits>,
  exceptions: [string, unknown][] = [],
): Promise<Gui<AppState>> {
  const gui = new Gui<AppState>({
    pages,
    state: { note: "", count: 0 },
    functions: { stuck: async () => await never },
    onException: (_state, name, error) => void exceptions.push([name, error]),
    limits,
  });
  await gui.run({ port: 0, quiet: true });
  return gui;
}

const isBusy = (active: boolean) => (message: ServerMessage) =>
  message.type === "busy" && message.active === active;

test("a callback that never resolves: its tab is told it is busy, and can still navigate", async () => {
  const gui = await startGui({ busyNoticeMs: 50 });
  try {
    const tab = await connectClient(gui.url);
    tab.send({ type: "action", element: 2 });
    await tab.waitFor(isBusy(true));
    tab.send({ type: "navigate", id: 1, page: "other" });
    const answer = await tab.waitFor((message) => message.type === "page");
    assert.is((answer as { page?: string }).page, "other");
    // A reload (the page's connection ends, a new page load resumes) takes the state back meanwhile.
    await tab.close();
    const reloaded = await connectClient(gui.url, {
      page: "other",
      resume: { stateId: tab.welcome.stateId, secret: tab.welcome.secret, lastSeq: -1 },
    });
    assert.ok(reloaded.welcome.resumed);
    await reloaded.close();
  } finally {
    await gui.stop();
  }
});

test("with callbackTimeoutMs, onException hears of the timeout by name and the tab goes on", async () => {
  const exceptions: [string, unknown][] = [];
  const gui = await startGui({ busyNoticeMs: 50, callbackTimeoutMs: 200 }, exceptions);
  try {
    const tab = await connectClient(gui.url);
    tab.send({ type: "action", element: 2 });
    tab.send({ type: "update", key: "note", value: "after" });
    const failed = await tab.waitFor((message) => message.type === "error");
    assert.equal(failed, { type: "error", code: "callback-failed", message: `"stuck" failed on the server` });
    assert.is(exceptions.length, 1);
    const [name, error] = exceptions[0] ?? [];
    assert.is(name, "stuck");
    assert.ok(error instanceof CallbackTimeoutError, String(error));
    assert.is(error.functionName, "stuck");
    assert.match(error.message, "stuck");
    // The update sent behind the stuck callback was handled once the tab stopped waiting.
    await eventually(() => tab.received.some(isBusy(false)), "the busy notice to end");
    const note = await invokeCallback(gui, tab.welcome.stateId, (state: State<AppState>) => state.note, []);
    assert.is(note, "after");
    await tab.close();
  } finally {
    await gui.stop();
  }
});

test.run();
