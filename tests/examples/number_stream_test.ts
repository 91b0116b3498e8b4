import { test } from "uvu";
import * as assert from "uvu/assert";
import { NumberStreamDecoder } from "../../examples/number_stream.ts";
import { delay } from "../helpers/test_client.ts";

function decoder(pauseMs = 20) {
  const numbers: number[] = [];
  const garbage: string[] = [];
  const stream = new NumberStreamDecoder({
    onNumber: (value) => numbers.push(value),
    onGarbage: (token) => garbage.push(token),
    pauseMs,
  });
  const push = (text: string) => stream.push(new TextEncoder().encode(text));
  return { numbers, garbage, stream, push };
}

test("NumberStreamDecoder reads one number per line, several lines per chunk", () => {
  const { numbers, push } = decoder();
  push("1\n22\n-3.5\n");
  assert.equal(numbers, [1, 22, -3.5]);
});

test("NumberStreamDecoder joins a number split across writes", async () => {
  const { numbers, push } = decoder();
  push("4");
  push("2\n1");
  push("7\n");
  await delay(40);
  assert.equal(numbers, [42, 17]);
});

test("NumberStreamDecoder takes the tutorial's unframed writes, one number per pause", async () => {
  const { numbers, push } = decoder();
  push("58");
  await delay(40);
  push("7");
  await delay(40);
  assert.equal(numbers, [58, 7]);
});

test("NumberStreamDecoder skips garbage and keeps going", () => {
  const { numbers, garbage, push } = decoder();
  push("hello\n12\nNaN\n\n\n13\n");
  assert.equal(numbers, [12, 13]);
  assert.equal(garbage, ["hello", "NaN"]);
});

test("NumberStreamDecoder emits what is held when the sender vanishes mid-line", () => {
  const { numbers, stream, push } = decoder(10_000);
  push("99");
  stream.end();
  assert.equal(numbers, [99]);
});

test("NumberStreamDecoder bounds a token that never ends", () => {
  const { numbers, garbage, push } = decoder();
  push("9".repeat(100));
  assert.equal(numbers, []);
  assert.is(garbage.length, 1);
});

test("NumberStreamDecoder keeps a multi-byte character split across chunks whole", () => {
  const { garbage, stream } = decoder();
  const bytes = new TextEncoder().encode("é\n");
  stream.push(bytes.slice(0, 1));
  stream.push(bytes.slice(1));
  assert.equal(garbage, ["é"]);
});

test.run();
