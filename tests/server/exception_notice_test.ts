import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback } from "../../mod.ts";
import { connectClient } from "../helpers/test_client.ts";

type AppState = { count: number };

test("a failing onInit runs onException and its client gets the error message after the welcome", async () => {
  const exceptions: string[] = [];
  const gui = new Gui<AppState>({
    page: "<|{count}|>",
    state: { count: 0 },
    onInit: (state) => {
      state.count = 5;
      throw new Error("no database");
    },
    onException: (_state, name) => void exceptions.push(name),
  });
  await gui.run({ port: 0, quiet: true });
  try {
    const client = await connectClient(gui.url);
    assert.is(client.welcome.values.count, 5, "what onInit assigned before it threw stays");
    const error = await client.waitFor((message) => message.type === "error");
    assert.equal(error, { type: "error", code: "callback-failed", message: '"onInit" failed on the server' });
    assert.equal(exceptions, ["onInit"]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("a background callback that fails while its tab is away is reported when the tab comes back", async () => {
  const gui = new Gui<AppState>({ page: "<|{count}|>", state: { count: 0 }, onException: () => {} });
  await gui.run({ port: 0, quiet: true });
  try {
    const first = await connectClient(gui.url);
    const ticket = { stateId: first.welcome.stateId, secret: first.welcome.secret, lastSeq: first.welcome.seq };
    await first.close();
    await invokeCallback(gui, ticket.stateId, function poll() {
      throw new Error("offline");
    }, []).catch(() => {});
    const again = await connectClient(gui.url, { resume: ticket });
    const error = await again.waitFor((message) => message.type === "error");
    assert.is(error.type === "error" && error.message, '"poll" failed on the server');
    await again.close();
  } finally {
    await gui.stop();
  }
});

test.run();
