import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseClientMessage, ProtocolError } from "../../gui/protocol/parse_client_message.ts";
import { pageNameOf, pagePath } from "../../gui/protocol/navigation.ts";

test("parseClientMessage() reads a navigate message with its params and refresh flag", () => {
  assert.equal(
    parseClientMessage('{"type":"navigate","id":3,"page":"docs/intro","params":{"a":"1"},"refresh":true}'),
    {
      type: "navigate",
      id: 3,
      page: "docs/intro",
      params: { a: "1" },
      refresh: true,
    },
  );
  assert.equal(parseClientMessage('{"type":"navigate","id":1,"page":"/"}'), {
    type: "navigate",
    id: 1,
    page: "/",
  });
});

const refused: [string, unknown][] = [
  ["no id", { type: "navigate", page: "a" }],
  ["a page name with a space", { type: "navigate", id: 1, page: "a b" }],
  ["a page name with a dot", { type: "navigate", id: 1, page: "../etc" }],
  ["params that are not strings", { type: "navigate", id: 1, page: "a", params: { n: 1 } }],
  ["hello params that are not an object", { type: "hello", page: "a", params: "x=1" }],
];

for (const [what, message] of refused) {
  test(`parseClientMessage() refuses a navigation with ${what}`, () => {
    assert.throws(
      () => parseClientMessage(JSON.stringify(message)),
      (error: unknown) => error instanceof ProtocolError,
    );
  });
}

test("parseClientMessage() reads a hello's params", () => {
  assert.equal(parseClientMessage('{"type":"hello","page":"a","params":{"q":"x"}}'), {
    type: "hello",
    page: "a",
    params: { q: "x" },
  });
});

test("pagePath() and pageNameOf() map page names and URL paths both ways", () => {
  assert.equal(["/", "about", "docs/intro"].map(pagePath), ["/", "/about", "/docs/intro"]);
  assert.equal(["/", "/about", "/about/", "//docs/intro/"].map(pageNameOf), [
    "/",
    "about",
    "about",
    "docs/intro",
  ]);
});

test.run();
