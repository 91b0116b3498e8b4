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
