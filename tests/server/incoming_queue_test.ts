import { test } from "uvu";
import * as assert from "uvu/assert";
import { IncomingQueue } from "../../gui/server/incoming_queue.ts";
import { delay } from "../helpers/test_client.ts";

function blockedQueue(maxFrames: number, maxBytes: number) {
  const handled: string[] = [];
  const failures: unknown[] = [];
  let release = () => {};
  const blocked = new Promise<void>((resolve) => (release = resolve));
  const queue = new IncomingQueue<string>({
    maxFrames,
    maxBytes,
    handle: async (item) => {
      if (item === "block") await blocked;
      if (item === "fail") throw new Error("handler failed");
      handled.push(item);
    },
    onFailure: (error) => void failures.push(error),
  });
  return { queue, handled, failures, release: () => release() };
}

test("IncomingQueue handles items one at a time, in order, past a failing one", async () => {
  const { queue, handled, failures, release } = blockedQueue(10, 1000);
  for (const item of ["block", "a", "fail", "b"]) assert.ok(queue.push(item, item.length));
  assert.equal(handled, [], "nothing overtakes the item being handled");
  release();
  await delay(10);
  assert.equal(handled, ["block", "a", "b"]);
  assert.is(failures.length, 1);
});

test("IncomingQueue refuses an item past its count or size bound, and keeps none of it", () => {
  const byCount = blockedQueue(2, 1000);
  assert.ok(byCount.queue.push("block", 1));
  assert.ok(byCount.queue.push("a", 1));
  assert.ok(byCount.queue.push("b", 1));
  assert.not.ok(byCount.queue.push("c", 1), "a third waiting item is one too many");
  assert.is(byCount.queue.length, 2);
  const bySize = blockedQueue(100, 10);
  assert.ok(bySize.queue.push("block", 1));
  assert.ok(bySize.queue.push("a", 6));
  assert.not.ok(bySize.queue.push("b", 6), "12 characters waiting is past 10");
  assert.is(bySize.queue.bytes, 6);
  byCount.release();
  bySize.release();
});

test("IncomingQueue.clear() lets go of every waiting item; none is handled after", async () => {
  const { queue, handled, release } = blockedQueue(10, 1000);
  for (const item of ["block", "a", "b"]) queue.push(item, 1);
  queue.clear();
  assert.is(queue.length, 0);
  assert.is(queue.bytes, 0);
  assert.ok(queue.push("c", 1), "a cleared queue swallows later items");
  release();
  await delay(10);
  assert.equal(handled, ["block"]);
});

test("IncomingQueue says when one item takes long, and when it is done", async () => {
  const busy: boolean[] = [];
  let release = () => {};
  const queue = new IncomingQueue<string>({
    maxFrames: 10,
    maxBytes: 100,
    handle: () => new Promise<void>((resolve) => (release = resolve)),
    onFailure: () => {},
    busy: (active) => void busy.push(active),
    busyAfterMs: 5,
  });
  queue.push("slow", 1);
  while (!queue.stuck) await delay(5);
  assert.equal(busy, [true]);
  release();
  await delay(5);
  assert.equal(busy, [true, false]);
  assert.not.ok(queue.stuck);
});

test.run();
