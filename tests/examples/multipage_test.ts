import { test } from "uvu";
import * as assert from "uvu/assert";
import { startMultipage } from "../../examples/multipage.ts";
import type { PageMessage } from "../../gui/protocol/messages.ts";
import { connectClient } from "../helpers/test_client.ts";

test("the multipage example serves its pages and shares its readings between tabs", async () => {
  const app = await startMultipage({ port: 0, quiet: true, interval: 30 });
  try {
    for (const path of ["/home", "/live", "/settings"]) {
      const html = await (await fetch(new URL(path, app.gui.url))).text();
      assert.match(html, /<h1>Plant monitor<\/h1>/, path);
      assert.match(html, /<tp-navbar/, path);
    }
    const first = await connectClient(app.gui.url, { page: "home" });
    const second = await connectClient(app.gui.url, { page: "home" });
    first.send({ type: "navigate", id: 1, page: "live" });
    const live = await first.waitFor((message) => message.type === "page") as PageMessage;
    assert.is(live.page, "live");
    const reading = await first.waitFor((message) => message.type === "patch" && "latest" in message.values);
    assert.ok(reading.type === "patch" && typeof reading.values.latest === "number");
    await second.waitFor((message) => message.type === "patch" && "latest" in message.values);
    await Promise.all([first.close(), second.close()]);
  } finally {
    await app.stop();
  }
});

test.run();
