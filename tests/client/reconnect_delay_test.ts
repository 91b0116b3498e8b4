import { test } from "uvu";
import * as assert from "uvu/assert";
import { reconnectDelay } from "../../gui/client/reconnect_delay.ts";

test("reconnectDelay() starts at 100 ms and doubles", () => {
  assert.equal([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, () => 0)), [100, 200, 400, 800]);
});

test("reconnectDelay() never exceeds 5 s", () => {
  assert.is(reconnectDelay(6, () => 0), 5000);
  assert.is(reconnectDelay(60, () => 0), 5000);
});

test("reconnectDelay() takes off at most half as jitter", () => {
  assert.is(reconnectDelay(0, () => 0.999999), 50);
  for (let i = 0; i < 100; i++) {
    const delay = reconnectDelay(3);
    assert.ok(delay >= 400 && delay <= 800, `${delay}`);
  }
});

test.run();
