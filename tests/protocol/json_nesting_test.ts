import { test } from "uvu";
import * as assert from "uvu/assert";
import { MAX_MESSAGE_DEPTH, nestingPastOffset } from "../../gui/protocol/json_nesting.ts";
import { parseClientMessage, ProtocolError } from "../../gui/protocol/parse_client_message.ts";

const cases: [string, string, number, number | undefined][] = [
  ["flat value", '{"a":1}', 1, undefined],
  ["exactly the limit", "[[[]]]", 3, undefined],
  ["one past the limit", "[[[[]]]]", 3, 3],
  ["objects and arrays mixed", '{"a":[{"b":[1]}]}', 3, 11],
  ["brackets inside strings do not count", '["[[[[", "{{{{"]', 1, undefined],
  ["an escaped quote does not end the string", '["\\"[[[[["]', 1, undefined],
  ["an escaped backslash before the closing quote", '["\\\\", [[1]]]', 2, 8],
  ["siblings do not add up", "[[1],[2],[3],[4]]", 2, undefined],
];

for (const [name, text, max, expected] of cases) {
  test(`nestingPastOffset(): ${name}`, () => {
    assert.is(nestingPastOffset(text, max), expected);
  });
}

test("parseClientMessage() refuses a value nested past MAX_MESSAGE_DEPTH, before parsing it", () => {
  const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
  // The message object is one level: its value may nest one less than the limit.
  const within = parseClientMessage(`{"type":"update","key":"x","value":${deep(MAX_MESSAGE_DEPTH - 1)}}`);
  assert.is(within.type, "update");
  for (const type of ["update", "action", "request", "hello"]) {
    const field = type === "update"
      ? "value"
      : type === "action"
      ? "payload"
      : type === "request"
      ? "query"
      : "resume";
    const text = `{"type":"${type}","key":"x","element":0,"id":1,"page":"/","${field}":${deep(5000)}}`;
    assert.throws(
      () => parseClientMessage(text),
      (error: unknown) =>
        error instanceof ProtocolError && error.message.includes(`${MAX_MESSAGE_DEPTH} levels`),
      type,
    );
  }
  // Unclosed brackets are as deep as they are many: refused for depth, not parsed.
  assert.throws(() => parseClientMessage("[".repeat(10_000)), /deeper than/);
});

test.run();
