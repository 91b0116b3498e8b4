import { test } from "uvu";
import * as assert from "uvu/assert";
import { readServerMessage } from "../../gui/client/read_server_message.ts";

const read = (message: unknown) => readServerMessage(JSON.stringify(message));

test("readServerMessage() takes well-formed notices as they are", () => {
  const notices = [
    { type: "notify", level: "warning", message: "Careful", duration: 0 },
    { type: "hold", active: true, message: "Working", cancellable: false },
    { type: "hold", active: false },
    { type: "busy", active: true },
    { type: "busy", active: false },
    { type: "download", url: "/_tapir/download/abc", name: "a.csv" },
    { type: "dev-error", error: "Unknown element" },
    { type: "dev-error", error: null },
    { type: "reload" },
  ];
  for (const notice of notices) assert.equal(read(notice), notice);
});

test("readServerMessage() refuses notices of the wrong shape", () => {
  const bad = [
    { type: "notify", level: "loud", message: "x", duration: 1 },
    { type: "notify", level: "info", message: 3, duration: 1 },
    { type: "notify", level: "info", message: "x", duration: -1 },
    { type: "download", url: "/x" },
  ];
  for (const notice of bad) assert.is(read(notice), undefined, JSON.stringify(notice));
});

test("readServerMessage() gives a hold without a message an empty one", () => {
  assert.equal(read({ type: "hold", active: true }), {
    type: "hold",
    active: true,
    message: "",
    cancellable: false,
  });
});

test.run();
