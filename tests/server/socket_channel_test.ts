import { test } from "uvu";
import * as assert from "uvu/assert";
import type { WSContext } from "hono/ws";
import { CLOSE_NOT_READING } from "../../gui/server/close_codes.ts";
import { SocketChannel } from "../../gui/server/socket_channel.ts";

/** A socket that never writes anything out: what it is sent stays buffered, as for a client that does not read. */
function stalledSocket() {
  const raw = { bufferedAmount: 0 };
  const socket = {
    raw,
    sent: [] as string[],
    closes: [] as number[],
    send(text: string) {
      socket.sent.push(text);
      raw.bufferedAmount += text.length;
    },
    close(code: number) {
      socket.closes.push(code);
    },
  };
  return socket;
}

test("SocketChannel drops a client that holds more unread bytes than allowed, then sends nothing", () => {
  const socket = stalledSocket();
  const closed: number[] = [];
  const channel = new SocketChannel(socket as unknown as WSContext, {
    maxBufferedBytes: 1000,
    onClosed: (code) => void closed.push(code),
  });
  const message = "x".repeat(300);
  for (let index = 0; index < 100; index++) channel.send(message);
  assert.is(socket.sent.length, 4, "sends until the buffer passes the bound (checked before each send)");
  assert.ok(
    socket.raw.bufferedAmount <= 1000 + message.length,
    "what is held stays under the bound plus one",
  );
  assert.equal(socket.closes, [CLOSE_NOT_READING]);
  assert.equal(closed, [CLOSE_NOT_READING], "told once");
  assert.ok(channel.closed);
});

test("SocketChannel sends one large message to a client that keeps up", () => {
  const socket = stalledSocket();
  const channel = new SocketChannel(socket as unknown as WSContext, { maxBufferedBytes: 10 });
  channel.send("y".repeat(1000));
  assert.is(socket.sent.length, 1);
  assert.not.ok(channel.closed);
});

test("SocketChannel treats a send that throws as a closed socket", () => {
  const closed: number[] = [];
  const socket = {
    raw: {},
    send() {
      throw new Error("the socket is closed");
    },
    close() {},
  };
  const channel = new SocketChannel(socket as unknown as WSContext, {
    maxBufferedBytes: 10,
    onClosed: (code) => void closed.push(code),
  });
  channel.send("a");
  channel.send("b");
  assert.ok(channel.closed);
  assert.is(closed.length, 1);
});

test("SocketChannel.asWSContext() sends through the channel, within its bound", () => {
  const socket = stalledSocket();
  const channel = new SocketChannel(socket as unknown as WSContext, { maxBufferedBytes: 500 });
  const view = channel.asWSContext();
  for (let index = 0; index < 10; index++) view.send("z".repeat(300));
  assert.is(socket.sent.length, 2);
  assert.ok(channel.closed, "a send through the view past the bound drops the client");
});

test.run();
