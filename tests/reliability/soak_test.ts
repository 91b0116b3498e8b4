/**
 * A bounded soak on loopback: a thousand WebSocket clients connect, each writes ten changes a second for
 * about ten seconds, and all leave. No client's last value is lost, every state is freed once the retention
 * time has passed, no timer is left running, and the heap returns near where it started.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import process from "node:process";
import v8 from "node:v8";
import vm from "node:vm";
import { Gui, invokeCallback } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { delay, eventually } from "../helpers/test_client.ts";
import { openRawWebSocket, type RawWebSocket } from "./raw_web_socket.ts";

const CLIENTS = 1000;
const CHANGES_PER_SECOND = 10;
const SOAK_MS = 10_000;
const RETENTION_MS = 300;
/** Generous: what a thousand sessions leave behind once freed is far below it; a leak of each is not. */
const MAX_HEAP_GROWTH_BYTES = 20 * 2 ** 20;

/** A full garbage collection, so that heap sizes compare live data (both runtimes accept the flag). */
function collectGarbage(): void {
  v8.setFlagsFromString("--expose_gc");
  (vm.runInNewContext("gc") as () => void)();
}

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

test("a thousand clients writing for ten seconds lose nothing and leave nothing behind", async () => {
  const gui = new Gui<{ value: number }>({
    page: "<|{value}|number|>",
    state: { value: 0 },
    stateRetention: RETENTION_MS,
    // Every client comes from 127.0.0.1, a hundred at a time: the per-address rate is not what this tests.
    limits: { hellosPerSecondPerAddress: 100_000 },
  });
  await gui.run({ port: 0, quiet: true });
  const url = gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH;
  try {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const timersBefore = timers();

    const clients: { socket: RawWebSocket; stateId: string; last: number }[] = [];
    for (let wave = 0; wave < CLIENTS; wave += 100) {
      clients.push(
        ...await Promise.all(Array.from({ length: 100 }, async () => {
          const socket = await openRawWebSocket(url);
          await socket.sendText(JSON.stringify({ type: "hello", page: "/" }));
          const welcome = JSON.parse((await socket.nextMessage(10_000)) ?? "{}") as { stateId: string };
          return { socket, stateId: welcome.stateId, last: 0 };
        })),
      );
    }
    assert.is(
      new Set(clients.map((client) => client.stateId)).size,
      CLIENTS,
      "every client has its own state",
    );

    const rounds = (SOAK_MS / 1000) * CHANGES_PER_SECOND;
    const started = Date.now();
    for (let round = 1; round <= rounds; round++) {
      await Promise.all(clients.map((client, index) => {
        client.last = index * 1000 + round;
        return client.socket.sendText(JSON.stringify({ type: "update", key: "value", value: client.last }));
      }));
      const next = started + (round * 1000) / CHANGES_PER_SECOND;
      await delay(Math.max(0, next - Date.now()));
    }

    // Updates are handled in order per connection: once the last one is in, every state holds its last value.
    for (const client of clients) {
      let value = -1;
      for (let tries = 0; tries < 200 && value !== client.last; tries++) {
        value = await invokeCallback(gui, client.stateId, (state) => state.value, []);
        if (value !== client.last) await delay(25);
      }
      assert.is(value, client.last, `client ${client.stateId} kept its last value`);
    }

    // Half leave as a closing tab does (a close frame), half as a lost network (the connection just drops).
    await Promise.all(clients.map(async (client, index) => {
      if (index % 2 === 0) await client.socket.sendFrame(8, new Uint8Array([0x03, 0xe8]));
      client.socket.close();
    }));
    await eventually(() => gui.stateIds().length === 0, "every state to expire", RETENTION_MS + 10_000);
    await delay(50);
    assert.ok(timers() <= timersBefore, `no timer left running (${timers()} now, ${timersBefore} before)`);
    collectGarbage();
    const growth = process.memoryUsage().heapUsed - heapBefore;
    assert.ok(growth < MAX_HEAP_GROWTH_BYTES, `the heap grew by ${Math.round(growth / 2 ** 20)} MiB`);
  } finally {
    await gui.stop();
  }
});

test.run();
