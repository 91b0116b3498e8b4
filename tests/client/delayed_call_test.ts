import { test } from "uvu";
import * as assert from "uvu/assert";
import { DelayedCall } from "../../gui/client/delayed_call.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("DelayedCall.debounce() runs once with the latest value after a pause", async () => {
  const calls: string[] = [];
  const call = new DelayedCall<string>((value) => void calls.push(value));
  call.debounce("a", 20);
  call.debounce("ab", 20);
  assert.ok(call.pending);
  assert.equal(calls, []);
  await sleep(40);
  assert.equal(calls, ["ab"]);
  assert.not.ok(call.pending);
});

test("DelayedCall.debounce() runs at once when the delay is 0", () => {
  const calls: number[] = [];
  new DelayedCall<number>((value) => void calls.push(value)).debounce(1, 0);
  assert.equal(calls, [1]);
});

test("DelayedCall.hold() waits for flush()", async () => {
  const calls: string[] = [];
  const call = new DelayedCall<string>((value) => void calls.push(value));
  call.hold("x");
  await sleep(10);
  assert.equal(calls, []);
  call.flush();
  call.flush();
  assert.equal(calls, ["x"]);
});

test("DelayedCall.throttle() runs the first at once and the latest at the end of the interval", async () => {
  const calls: number[] = [];
  const call = new DelayedCall<number>((value) => void calls.push(value));
  call.throttle(1, 20);
  call.throttle(2, 20);
  call.throttle(3, 20);
  assert.equal(calls, [1]);
  await sleep(35);
  assert.equal(calls, [1, 3]);
  await sleep(30);
  call.throttle(4, 20);
  assert.equal(calls, [1, 3, 4]);
  call.cancel();
});

test("DelayedCall.cancel() drops the held value", async () => {
  const calls: string[] = [];
  const call = new DelayedCall<string>((value) => void calls.push(value));
  call.debounce("x", 10);
  call.cancel();
  await sleep(20);
  assert.equal(calls, []);
});

test.run();
