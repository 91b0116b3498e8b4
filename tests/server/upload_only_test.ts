import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui } from "../../mod.ts";
import { connectClient, delay } from "../helpers/test_client.ts";

test("a file_selector's content cannot be overwritten through the socket, only by an upload", async () => {
  const gui = new Gui({ page: "<|{files}|file_selector|>", state: { files: null as unknown } });
  await gui.run({ port: 0, quiet: true });
  try {
    const client = await connectClient(gui.url);
    client.send({ type: "update", key: "files", value: { name: "forged.csv", bytes: [1, 2] } });
    const error = await client.waitFor((message) => message.type === "error");
    assert.equal(error.type === "error" && error.code, "bad-value");
    await delay(20);
    assert.is(client.received.filter((message) => message.type === "patch").length, 0);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test.run();
