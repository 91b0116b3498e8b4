import { test } from "uvu";
import * as assert from "uvu/assert";
import { readServerMessage } from "../../gui/client/read_server_message.ts";

test("readServerMessage() reads welcome, patch and error messages", () => {
  assert.equal(readServerMessage('{"type":"welcome","stateId":"s","secret":"k","seq":0,"values":{"x":1},"resumed":true}'), {
    type: "welcome",
    stateId: "s",
    secret: "k",
    seq: 0,
    values: { x: 1 },
    resumed: true,
  });
  assert.equal(readServerMessage('{"type":"patch","seq":4,"values":{}}'), { type: "patch", seq: 4, values: {} });
  assert.equal(readServerMessage('{"type":"error","code":"bad-value","message":"m"}'), {
    type: "error",
    code: "bad-value",
    message: "m",
  });
});

test("readServerMessage() reads the page a welcome put the tab on, and the view to show", () => {
  const view = {
    page: "home",
    params: {},
    slots: ["<h2>Home</h2>"],
    scripts: ["tp_text.js"],
    descriptor: { page: "home", elements: [] },
  };
  const welcome = { type: "welcome", stateId: "s", secret: "k", seq: 0, values: {}, resumed: false };
  assert.equal(readServerMessage(JSON.stringify({ ...welcome, page: "home", view })), {
    ...welcome,
    page: "home",
    view,
  });
  for (const bad of [{ ...view, slots: "x" }, { ...view, descriptor: null }, { ...view, page: 1 }, [view]]) {
    assert.is(readServerMessage(JSON.stringify({ ...welcome, page: "home", view: bad })), undefined);
  }
});

const malformed = [
  "not json",
  "null",
  "[]",
  '{"type":"nope"}',
  '{"type":"patch","seq":"4","values":{}}',
  '{"type":"patch","seq":1.5,"values":{}}',
  '{"type":"patch","seq":4,"values":[]}',
  '{"type":"welcome","seq":0,"values":{}}',
  '{"type":"error","code":1}',
];

for (const text of malformed) {
  test(`readServerMessage() refuses ${text}`, () => {
    assert.is(readServerMessage(text), undefined);
  });
}

test("readServerMessage() refuses binary frames", () => {
  assert.is(readServerMessage(new Uint8Array([1])), undefined);
});

test.run();
