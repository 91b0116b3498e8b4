/**
 * A client that stops reading while the server pushes 100,000 changes: the server holds one pending value
 * per key instead of a queue (memory stays bounded), and when the client reads again it gets numbered
 * patches without gaps that end at the latest values. The client is a raw TCP WebSocket that simply does
 * not read, so its socket buffers fill exactly as a stalled browser's would.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import process from "node:process";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { connectClient } from "../helpers/test_client.ts";
import { openRawWebSocket } from "./raw_web_socket.ts";

type AppState = { blob: string; n: number };

const CHANGES = 100_000;
/** Each change carries this much text: without coalescing, 200 MB would queue up for the stalled client. */
const PAYLOAD = "x".repeat(2000);
/** Generous: coalesced, growth stays well under it (garbage not yet collected included). */
const MAX_GROWTH_BYTES = 100 * 2 ** 20;

test("a client that does not read costs bounded memory, then catches up with the latest values", async () => {
  const gui = new Gui<AppState>({
    page: "<|{blob.length}|> <|{blob}|>\n\n<|{n}|>",
    state: { blob: "", n: 0 },
  });
  await gui.run({ port: 0, quiet: true });
  try {
    const stalled = await openRawWebSocket(gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH);
    await stalled.sendText(JSON.stringify({ type: "hello", page: "/" }));
    const welcome = JSON.parse((await stalled.nextMessage()) ?? "{}") as { stateId: string; seq: number };
    const watcher = await connectClient(gui.url);

    const before = process.memoryUsage().rss;
    let peak = before;
    const set = (state: State<AppState>, value: number) => {
      state.n = value;
      state.blob = PAYLOAD + value;
    };
    for (let value = 1; value <= CHANGES; value++) {
      await invokeCallback(gui, welcome.stateId, set, [value]);
      if (value % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const growth = peak - before;
    assert.ok(growth < MAX_GROWTH_BYTES, `memory grew by ${Math.round(growth / 2 ** 20)} MiB`);

    // Reading again: patches arrive numbered without gaps, far fewer than the changes, ending at the latest.
    let seq = welcome.seq;
    let patches = 0;
    let latest: Record<string, unknown> = {};
    for (;;) {
      const text = await stalled.nextMessage(1000);
      if (text === undefined) break;
      const patch = JSON.parse(text) as { type: string; seq: number; values: Record<string, unknown> };
      assert.is(patch.type, "patch");
      assert.is(patch.seq, seq + 1, "no patch is missing or out of order");
      seq = patch.seq;
      patches++;
      latest = { ...latest, ...patch.values };
    }
    assert.is(latest["n"], CHANGES, "the last value arrived");
    assert.is(latest["blob"], PAYLOAD + CHANGES);
    assert.ok(patches < CHANGES / 10, `values were coalesced while the client stalled (${patches} patches)`);
    assert.equal(watcher.received, [], "another tab is not held up or touched");
    stalled.close();
    await watcher.close();
  } finally {
    await gui.stop();
  }
});

test.run();
