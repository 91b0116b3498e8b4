import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnProcess } from "../../gui/runtime/mod.ts";

test("build:node compiles the receiver to JavaScript that Node runs without a TypeScript loader", async () => {
  const build = spawnProcess("node", ["--import", "tsx", "scripts/build_node.ts"]);
  assert.is(await build.exited, 0, await build.stderrText());
  const receiver = spawnProcess("node", ["dist/node/receiver.js", "--port", "0", "--tcp-port", "0"]);
  try {
    const lines: string[] = [];
    for await (const line of receiver.stdoutLines) {
      lines.push(line);
      if (line.startsWith("Listening for senders")) break;
    }
    assert.ok(lines.some((line) => line.startsWith("Tapir is serving http://127.0.0.1:")), lines.join("\n"));
  } finally {
    receiver.kill();
    await receiver.exited;
  }
});

test.run();
