/**
 * Nothing is lost when a tab's connection drops: within the replay buffer it gets every missed patch in
 * order; beyond it, a full snapshot of the latest values; after a server restart, a clean new state.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import type { PatchMessage } from "../../gui/protocol/messages.ts";
import { connectClient, eventually } from "../helpers/test_client.ts";

type AppState = { count: number; label: string };

/** The outbox keeps at most this many patches for replay (and at most 16 KiB of them: these are small). */
const REPLAY_LIMIT = 256;

async function startGui(port = 0, label = "first"): Promise<Gui<AppState>> {
  const gui = new Gui<AppState>({ page: "<|{count}|> <|{label}|>", state: { count: 0, label } });
  await gui.run({ port, quiet: true });
  return gui;
}

/** Missed patches that fit in the buffer by count and by size. */
const WITHIN = 200;

const setCount = (state: State<AppState>, value: number) => void (state.count = value);

/** Connects, then makes `missed` patches that the tab receives but "loses", and resumes from before them. */
async function resumeAfter(missed: number) {
  const gui = await startGui();
  const first = await connectClient(gui.url);
  const ticket = { stateId: first.welcome.stateId, secret: first.welcome.secret, lastSeq: first.welcome.seq };
  // Each invokeCallback flushes on its own: one numbered patch per change.
  for (let value = 1; value <= missed; value++) await invokeCallback(gui, ticket.stateId, setCount, [value]);
  await eventually(() => first.values["count"] === missed, "the patches to be sent");
  await first.close();
  const again = await connectClient(gui.url, { resume: ticket });
  return { gui, again, ticket };
}

test("a resume within the replay buffer gets every missed patch, in order", async () => {
  const { gui, again, ticket } = await resumeAfter(WITHIN);
  try {
    assert.equal(again.welcome.values, {}, "no snapshot: the patches say it all");
    assert.is(again.welcome.seq, ticket.lastSeq);
    await eventually(() => again.values["count"] === WITHIN, "the last missed value");
    const patches = again.received.filter((message): message is PatchMessage => message.type === "patch");
    assert.equal(
      patches.map((patch) => patch.values["count"]),
      Array.from({ length: WITHIN }, (_, i) => i + 1),
    );
    assert.equal(patches.map((patch) => patch.seq), patches.map((_, i) => ticket.lastSeq + i + 1));
    await again.close();
  } finally {
    await gui.stop();
  }
});

test("a resume past the replay buffer gets a full snapshot of the latest values instead", async () => {
  const missed = REPLAY_LIMIT + 44;
  const { gui, again, ticket } = await resumeAfter(missed);
  try {
    assert.is(again.welcome.stateId, ticket.stateId, "the same state");
    assert.equal(again.welcome.values, { count: missed, label: "first" }, "every value, as it is now");
    assert.is(again.welcome.seq, ticket.lastSeq + missed, "numbering goes on from the latest patch");
    await invokeCallback(gui, ticket.stateId, setCount, [missed + 1]);
    const next = await again.waitFor((message) => message.type === "patch") as PatchMessage;
    assert.is(next.seq, again.welcome.seq + 1);
    await again.close();
  } finally {
    await gui.stop();
  }
});

test("after a server restart on the same port, a tab's old ticket starts a clean new state", async () => {
  const first = await startGui();
  const port = Number(new URL(first.url).port);
  const tab = await connectClient(first.url);
  await invokeCallback(first, tab.welcome.stateId, setCount, [41]);
  await eventually(() => tab.values["count"] === 41, "the change before the restart");
  const ticket = { stateId: tab.welcome.stateId, secret: tab.welcome.secret, lastSeq: 1 };
  await first.stop();
  const second = await startGui(port, "second");
  try {
    const again = await connectClient(second.url, { resume: ticket });
    assert.not.ok(again.welcome.resumed, "the new server does not pretend to resume");
    assert.is.not(again.welcome.stateId, ticket.stateId);
    assert.equal(again.welcome.values, { count: 0, label: "second" }, "the new server's initial state");
    assert.equal(second.stateIds(), [again.welcome.stateId]);
    await again.close();
  } finally {
    await second.stop();
  }
});

test.run();
