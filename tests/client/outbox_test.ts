import { test } from "uvu";
import * as assert from "uvu/assert";
import { Outbox } from "../../gui/client/outbox.ts";

test("Outbox keeps the latest update of a key", () => {
  const outbox = new Outbox();
  outbox.push({ type: "update", key: "x", value: 1 });
  outbox.push({ type: "update", key: "y", value: 1 });
  outbox.push({ type: "update", key: "x", value: 2 });
  assert.equal(outbox.drain(), [
    { type: "update", key: "y", value: 1 },
    { type: "update", key: "x", value: 2 },
  ]);
});

test("Outbox never moves an update across an action", () => {
  const outbox = new Outbox();
  outbox.push({ type: "update", key: "x", value: 1 });
  outbox.push({ type: "action", element: 3 });
  outbox.push({ type: "update", key: "x", value: 2 });
  outbox.push({ type: "update", key: "x", value: 3 });
  assert.equal(outbox.drain(), [
    { type: "update", key: "x", value: 1 },
    { type: "action", element: 3 },
    { type: "update", key: "x", value: 3 },
  ]);
});

test("Outbox.drain() empties the box", () => {
  const outbox = new Outbox();
  outbox.push({ type: "action", element: 0 });
  assert.is(outbox.size, 1);
  outbox.drain();
  assert.is(outbox.size, 0);
  assert.equal(outbox.drain(), []);
});

test.run();
