import { test } from "uvu";
import * as assert from "uvu/assert";
import { readServerMessage } from "../../gui/client/read_server_message.ts";

test("readServerMessage() reads a page answer", () => {
  const message = {
    type: "page",
    id: 2,
    page: "about",
    params: { tab: "1" },
    slots: ["<h2>About</h2>"],
    descriptor: {
      page: "about",
      elements: [{ type: "text", props: {}, bindings: { value: "x" }, writes: {} }],
    },
    scripts: ["tp_text.js"],
    values: { x: 1 },
  };
  assert.equal(readServerMessage(JSON.stringify(message)), message);
});

test("readServerMessage() reads a refused navigation and a go", () => {
  assert.equal(readServerMessage('{"type":"page","id":2,"page":"x","error":"no page"}'), {
    type: "page",
    id: 2,
    page: "x",
    params: {},
    error: "no page",
  });
  assert.equal(readServerMessage('{"type":"go","page":"home","replace":true}'), {
    type: "go",
    page: "home",
    replace: true,
  });
});

const malformed = [
  '{"type":"page","id":"2","page":"x","error":"e"}',
  '{"type":"page","id":2,"page":"x","slots":[1],"descriptor":{"page":"x","elements":[]},"scripts":[],"values":{}}',
  '{"type":"page","id":2,"page":"x","slots":[],"descriptor":{"elements":[]},"scripts":[],"values":{}}',
  '{"type":"go","page":3}',
  '{"type":"go","page":"a","params":{"n":1}}',
];

for (const frame of malformed) {
  test(`readServerMessage() rejects ${frame}`, () => {
    assert.is(readServerMessage(frame), undefined);
  });
}

test.run();
