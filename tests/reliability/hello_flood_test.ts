/**
 * Many hellos per second: clients that open sockets in a loop, stay connected or leave at once (each
 * hello copies the initial state, here a 5,000-row table). The server never holds more states than
 * maxStates, answers every refused hello with the limit error, and past the per-address rate refuses the
 * upgrade itself.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { openRawWebSocket, type RawWebSocket } from "./raw_web_socket.ts";

const MAX_STATES = 40;
const rows = Array.from({ length: 5_000 }, (_, index) => ({ id: index, name: `row ${index}` }));

async function startGui(hellosPerSecondPerAddress: number): Promise<{ gui: Gui<object>; url: string }> {
  const gui = new Gui<object>({
    page: "<|{rows.length}|>",
    state: { rows },
    stateRetention: 60_000,
    limits: { maxStates: MAX_STATES, hellosPerSecondPerAddress },
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, url: gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH };
}

interface Answer {
  socket: RawWebSocket;
  status: number;
  message: { type?: string; code?: string; message?: string };
}

async function hello(url: string): Promise<Answer> {
  const socket = await openRawWebSocket(url);
  if (socket.status !== 101) return { socket, status: socket.status, message: {} };
  await socket.sendText(JSON.stringify({ type: "hello", page: "/" }));
  return { socket, status: socket.status, message: JSON.parse((await socket.nextMessage(10_000)) ?? "{}") };
}

test("a flood of hellos never takes the server past maxStates, and each refused hello hears which limit", async () => {
  const { gui, url } = await startGui(1_000_000);
  const open: RawWebSocket[] = [];
  try {
    // Clients that stay: past maxStates every hello is refused, since no state may be evicted.
    let welcomed = 0;
    for (let wave = 0; wave < 4; wave++) {
      const answers = await Promise.all(Array.from({ length: 30 }, () => hello(url)));
      for (const answer of answers) {
        open.push(answer.socket);
        if (answer.message.type === "welcome") welcomed++;
        else {
          assert.is(answer.message.code, "limit", JSON.stringify(answer.message));
          assert.match(answer.message.message ?? "", /limits\.maxStates/);
        }
      }
      assert.ok(gui.stateIds().length <= MAX_STATES, `${gui.stateIds().length} states after wave ${wave}`);
    }
    assert.is(welcomed, MAX_STATES, "every state the limit allows was given");
    for (const socket of open.splice(0)) socket.close();

    // Hit and run: each client leaves right after its welcome. Retained states make room for new tabs.
    for (let wave = 0; wave < 5; wave++) {
      const answers = await Promise.all(Array.from({ length: 40 }, () => hello(url)));
      for (const answer of answers) {
        answer.socket.close();
        assert.ok(
          answer.message.type === "welcome" || answer.message.code === "limit",
          `an answer is a welcome or the limit error: ${JSON.stringify(answer.message)}`,
        );
      }
      assert.ok(gui.stateIds().length <= MAX_STATES, `${gui.stateIds().length} states after wave ${wave}`);
    }
  } finally {
    for (const socket of open) socket.close();
    await gui.stop();
  }
});

test("a burst of connections from one address is cut at hellosPerSecondPerAddress before any state is made", async () => {
  const { gui, url } = await startGui(10);
  const answers: Answer[] = [];
  try {
    // Upgrades only: a hello's welcome would spread the burst over the time its states take to make.
    answers.push(
      ...await Promise.all(Array.from({ length: 60 }, async () => {
        const socket = await openRawWebSocket(url);
        return { socket, status: socket.status, message: {} };
      })),
    );
    const upgraded = answers.filter((answer) => answer.status === 101).length;
    const refused = answers.filter((answer) => answer.status === 429).length;
    assert.is(upgraded + refused, 60, "every connection is upgraded or refused with 429");
    // The bucket holds 10 and refills 10 a second: a burst takes far less than a second here, yet allow
    // for a slow machine.
    assert.ok(upgraded < 30, `${upgraded} upgraded`);
    assert.is(gui.stateIds().length, 0, "an upgrade alone makes no state");
  } finally {
    for (const answer of answers) answer.socket.close();
    await gui.stop();
  }
});

test.run();
