/**
 * The server's ceilings seen from outside: states alive (maxStates), hellos per address
 * (hellosPerSecondPerAddress) and upload bytes held (maxUploadBytesHeld). Each refusal names its limit.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, type State } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { UPLOAD_HEADERS, UPLOAD_PATH } from "../../gui/protocol/file_transfer.ts";
import type { ServerLimits } from "../../gui/server/server_limits.ts";
import { startTestGui, type TestGui } from "../../gui/testing.ts";
import { eventually } from "../helpers/test_client.ts";
import { openRawWebSocket } from "../reliability/raw_web_socket.ts";
import { rawGet } from "../reliability/raw_http.ts";

type AppState = { files: unknown };

async function startApp(limits: Partial<ServerLimits>, retention = 60_000): Promise<TestGui<AppState>> {
  const gui = new Gui<AppState>({
    page: "<|{files}|file_selector|extensions=*|multiple|>",
    state: { files: null },
    stateRetention: retention,
    limits,
  });
  return await startTestGui(gui);
}

/** Opens a socket, says hello, and returns the first answer. */
async function hello(
  url: string,
): Promise<{ type: string; code?: string; message?: string; stateId?: string }> {
  const socket = await openRawWebSocket(url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH);
  await socket.sendText(JSON.stringify({ type: "hello", page: "/" }));
  const answer = JSON.parse((await socket.nextMessage(5000)) ?? "{}");
  socket.close();
  return answer;
}

test("at maxStates a new tab takes the place of the oldest retained state, and is refused once all are connected", async () => {
  const app = await startApp({ maxStates: 2 });
  try {
    const first = await app.connect();
    const second = await app.connect();
    const firstId = first.stateId;
    await first.close();
    // The first tab left: its state is retained for a resume, and is the one that makes room.
    const third = await app.connect();
    await eventually(() => !app.gui.stateIds().includes(firstId), "the retained state to be evicted");
    assert.equal(app.gui.stateIds().sort(), [second.stateId, third.stateId].sort());

    const refused = await hello(app.url);
    assert.is(refused.type, "error");
    assert.is(refused.code, "limit");
    assert.match(refused.message ?? "", /limit of 2 client states \(limits\.maxStates\)/);
    assert.is(app.gui.stateIds().length, 2, "no state was made for the refused tab");
  } finally {
    await app.stop();
  }
});

test("past hellosPerSecondPerAddress the WebSocket upgrade is refused with 429 naming the limit", async () => {
  const app = await startApp({ hellosPerSecondPerAddress: 3 });
  const url = app.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH;
  try {
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) {
      const socket = await openRawWebSocket(url);
      statuses.push(socket.status);
      socket.close();
    }
    assert.ok(statuses.includes(429), `statuses ${statuses}`);
    assert.ok(statuses.filter((status) => status === 101).length <= 4, `statuses ${statuses}`);
    const response = await rawGet(Number(new URL(app.url).port), SOCKET_PATH);
    assert.is(response.status, 429);
    assert.match(response.body, /at most 3 per second \(limits\.hellosPerSecondPerAddress\)/);
  } finally {
    await app.stop();
  }
});

async function upload(app: TestGui<AppState>, stateId: string, secret: string, size: number) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(size)]), "a.bin");
  const response = await fetch(app.url.replace(/\/$/, "") + UPLOAD_PATH, {
    method: "POST",
    body: form,
    headers: {
      origin: app.url.replace(/\/$/, ""),
      [UPLOAD_HEADERS.stateId]: stateId,
      [UPLOAD_HEADERS.secret]: secret,
      [UPLOAD_HEADERS.element]: "0",
    },
  });
  return { status: response.status, body: await response.json() as { ok: boolean; error?: string } };
}

test("uploads past maxUploadBytesHeld are refused with 413 naming the limit, and freed when their state expires", async () => {
  const app = await startApp({ maxUploadBytesHeld: 1000 }, 50);
  try {
    const first = await app.connect();
    const second = await app.connect();
    const ticket = (client: typeof first) => [client.ticket.stateId, client.ticket.secret] as const;
    assert.is((await upload(app, ...ticket(first), 600)).status, 200);
    assert.is(
      (await upload(app, ...ticket(first), 700)).status,
      200,
      "a new upload replaces the element's last",
    );
    const refused = await upload(app, ...ticket(second), 400);
    assert.is(refused.status, 413);
    assert.match(refused.body.error ?? "", /limit of 1000 bytes of uploads \(limits\.maxUploadBytesHeld\)/);
    assert.is((app.state(second) as State<AppState>).files, null, "the refused upload was not stored");

    const firstId = first.stateId;
    await first.close();
    await eventually(() => !app.gui.stateIds().includes(firstId), "the first state to expire");
    assert.is(
      (await upload(app, ...ticket(second), 400)).status,
      200,
      "the expired state's bytes were freed",
    );
  } finally {
    await app.stop();
  }
});

test.run();
