import { test } from "uvu";
import * as assert from "uvu/assert";
import type { PatchMessage } from "../../gui/protocol/messages.ts";
import { type Channel, Outbox } from "../../gui/server/outbox.ts";
import { delay } from "../helpers/test_client.ts";

function fakeChannel(): Channel & { sent: PatchMessage[]; buffered: number } {
  const channel = {
    sent: [] as PatchMessage[],
    buffered: 0,
    send(text: string) {
      channel.sent.push(JSON.parse(text) as PatchMessage);
    },
    bufferedAmount: () => channel.buffered,
    close() {},
  };
  return channel;
}

test("Outbox numbers patches in order and sends at once when the socket keeps up", () => {
  const outbox = new Outbox();
  const channel = fakeChannel();
  outbox.attach(channel, -1);
  outbox.push({ a: 1 });
  outbox.push({ b: 2 });
  assert.equal(channel.sent.map((patch) => [patch.seq, patch.values]), [[1, { a: 1 }], [2, { b: 2 }]]);
});

test("Outbox collapses a flood to the latest value per key while the socket is backed up", async () => {
  const outbox = new Outbox({ highWaterBytes: 100, retryMs: 5 });
  const channel = fakeChannel();
  outbox.attach(channel, -1);
  channel.buffered = 1000;
  for (let value = 0; value < 10_000; value++) outbox.push({ reading: value, other: "x" });
  assert.equal(channel.sent, [], "nothing is sent while the socket is backed up");
  channel.buffered = 0;
  await delay(30);
  assert.equal(channel.sent.map((patch) => patch.values), [{ reading: 9999, other: "x" }]);
});

test("Outbox replays the patches a reconnecting client missed, or asks for a snapshot", () => {
  const outbox = new Outbox({ replayLimit: 3 });
  const first = fakeChannel();
  outbox.attach(first, -1);
  for (let value = 1; value <= 5; value++) outbox.push({ n: value });
  outbox.detach();
  const missed = outbox.attach(fakeChannel(), 3);
  assert.equal(missed?.map((text) => (JSON.parse(text) as PatchMessage).values.n), [4, 5]);
  assert.is(outbox.attach(fakeChannel(), 1), undefined, "seq 2 left the replay buffer: a full snapshot is needed");
  assert.equal(outbox.attach(fakeChannel(), 5), []);
});

test("Outbox bounds its replay buffer by bytes: a client that missed more gets a snapshot", () => {
  const outbox = new Outbox({ replayLimitBytes: 200 });
  outbox.attach(fakeChannel(), -1);
  for (let value = 1; value <= 20; value++) outbox.push({ text: "x".repeat(40) + value });
  outbox.detach();
  assert.is(outbox.attach(fakeChannel(), 19)?.length, 1, "the last patch is still there");
  assert.is(outbox.attach(fakeChannel(), 10), undefined, "ten patches of ~70 bytes exceed 200 bytes");
});

test("Outbox keeps values pushed while no client is attached, collapsed, for the next attach", () => {
  const outbox = new Outbox();
  for (let value = 1; value <= 100; value++) outbox.push({ n: value });
  const channel = fakeChannel();
  assert.equal(outbox.attach(channel, 0), []);
  outbox.resume();
  assert.equal(channel.sent.map((patch) => patch.values), [{ n: 100 }]);
});

test("Outbox sends a grown array as a delta against what the client last received", () => {
  const outbox = new Outbox();
  const channel = fakeChannel();
  outbox.attach(channel, -1);
  const series = Array.from({ length: 50 }, (_, index) => index);
  outbox.recordSent({ series });
  outbox.push({ series: [...series, 50, 51] });
  assert.equal(channel.sent[0]?.values, {});
  assert.equal(channel.sent[0]?.deltas, { series: { drop: 0, append: [50, 51] } });
});

test.run();

test("Outbox drops a patch it cannot serialise, reports it, and numbers the next one without a gap", () => {
  const faults: unknown[] = [];
  const outbox = new Outbox({ onFault: (error) => void faults.push(error) });
  const channel = fakeChannel();
  outbox.attach(channel, -1);
  outbox.push({ big: 1n });
  assert.is(faults.length, 1);
  assert.instance(faults[0], TypeError);
  outbox.sendUnnumbered({ type: "response", id: 1, data: 2n });
  assert.is(faults.length, 2, "an unnumbered message that cannot be serialised is reported too");
  outbox.push({ small: 1 });
  assert.equal(channel.sent.map((patch) => [patch.seq, patch.values]), [[1, { small: 1 }]]);
});
