import { test } from "uvu";
import * as assert from "uvu/assert";
import { readWorkerReply, readWorkerRequest } from "../../gui/protocol/worker_messages.ts";

test("readWorkerRequest() keeps well-formed requests and ignores the app's own messages", () => {
  const invoke = { tapir: 1, type: "invoke", id: 1, stateId: "s", name: "f", args: [1] };
  const broadcast = { tapir: 1, type: "broadcast", id: 2, name: "f", args: [], stateIds: ["a"] };
  const shared = { tapir: 1, type: "assign-shared", id: 3, name: "total", value: 3 };
  assert.equal(readWorkerRequest(invoke), invoke);
  assert.equal(readWorkerRequest(broadcast), broadcast);
  assert.equal(readWorkerRequest(shared), shared);
  for (const message of [
    { power: 3 },
    "text",
    null,
    { ...invoke, tapir: 2 },
    { ...invoke, stateId: 5 },
    { ...invoke, args: "x" },
    { ...broadcast, stateIds: [1] },
    { ...invoke, type: "launch" },
    { ...invoke, id: "1" },
  ]) {
    assert.is(readWorkerRequest(message), undefined, JSON.stringify(message));
  }
});

test("readWorkerReply() keeps replies only", () => {
  const reply = { tapir: 1, type: "reply", id: 4, value: 1 };
  assert.equal(readWorkerReply(reply), reply);
  assert.is(readWorkerReply({ tapir: 1, type: "invoke", id: 4 }), undefined);
  assert.is(readWorkerReply({ ready: true }), undefined);
});

test.run();
