import { Hono } from "hono";
import type { UpgradeWebSocket } from "hono/ws";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bufferedAmount, serveApp } from "../../gui/runtime/mod.ts";
import { openWebSocket } from "./web_socket_client.ts";

const local = { port: 0, hostname: "127.0.0.1" };

/** One HTTP route and one WebSocket echo route; records bufferedAmount() of the server-side socket. */
function buildApp(upgradeWebSocket: UpgradeWebSocket, seenBuffered: number[] = []): Hono {
  const app = new Hono();
  app.get("/hello", (c) => c.text("hello"));
  app.get(
    "/echo",
    upgradeWebSocket(() => ({
      onMessage(event, ws) {
        ws.send(`echo:${String(event.data)}`);
        seenBuffered.push(bufferedAmount(ws.raw));
      },
    })),
  );
  return app;
}

test("serveApp() on port 0 reports the bound port and answers HTTP", async () => {
  const server = await serveApp((upgrade) => buildApp(upgrade), local);
  try {
    assert.ok(server.port > 0);
    assert.is(server.hostname, "127.0.0.1");
    const response = await fetch(`http://127.0.0.1:${server.port}/hello`);
    assert.is(response.status, 200);
    assert.is(await response.text(), "hello");
    const missing = await fetch(`http://127.0.0.1:${server.port}/missing`);
    assert.is(missing.status, 404);
    await missing.body?.cancel();
  } finally {
    await server.close();
  }
});

test("serveApp() tells the app each request's client address", async () => {
  const server = await serveApp(
    (_upgrade, remoteAddress) => new Hono().get("/who", (c) => c.text(remoteAddress(c) ?? "unknown")),
    local,
  );
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/who`);
    assert.match(await response.text(), /^(::ffff:)?127\.0\.0\.1$/);
  } finally {
    await server.close();
  }
});

test("serveApp() echoes WebSocket messages in order", async () => {
  const seenBuffered: number[] = [];
  const server = await serveApp((upgrade) => buildApp(upgrade, seenBuffered), local);
  try {
    const client = await openWebSocket(`ws://127.0.0.1:${server.port}/echo`);
    for (const word of ["one", "two", "three"]) client.socket.send(word);
    assert.equal(
      [await client.nextMessage(), await client.nextMessage(), await client.nextMessage()],
      ["echo:one", "echo:two", "echo:three"],
    );
    assert.is(seenBuffered.length, 3);
    assert.ok(seenBuffered.every((amount) => Number.isFinite(amount) && amount >= 0));
    client.socket.close();
    await client.closed;
  } finally {
    await server.close();
  }
});

test("serveApp() answers a plain GET on a WebSocket route without upgrading", async () => {
  const server = await serveApp((upgrade) => {
    const app = new Hono();
    app.get("/ws", upgrade(() => ({})), (c) => c.text("not a websocket", 426));
    return app;
  }, local);
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/ws`);
    assert.is(response.status, 426);
    assert.is(await response.text(), "not a websocket");
  } finally {
    await server.close();
  }
});

test("RunningServer.close() closes open WebSockets and keep-alive connections promptly", async () => {
  const server = await serveApp((upgrade) => buildApp(upgrade), local);
  const client = await openWebSocket(`ws://127.0.0.1:${server.port}/echo`);
  await (await fetch(`http://127.0.0.1:${server.port}/hello`)).text(); // leaves a keep-alive connection
  const started = Date.now();
  await server.close();
  await client.closed;
  assert.ok(Date.now() - started < 2000, `close took ${Date.now() - started} ms`);
  await server.close(); // a second close is harmless
});

test("RunningServer.close() frees the port for a new server", async () => {
  const first = await serveApp((upgrade) => buildApp(upgrade), local);
  const port = first.port;
  await first.close();
  const second = await serveApp((upgrade) => buildApp(upgrade), { port, hostname: "127.0.0.1" });
  try {
    assert.is(second.port, port);
    assert.is(await (await fetch(`http://127.0.0.1:${port}/hello`)).text(), "hello");
  } finally {
    await second.close();
  }
});

test("serveApp() rejects when the port is taken", async () => {
  const first = await serveApp((upgrade) => buildApp(upgrade), local);
  try {
    let failed = false;
    try {
      const second = await serveApp((upgrade) => buildApp(upgrade), { port: first.port, hostname: "127.0.0.1" });
      await second.close();
    } catch {
      failed = true;
    }
    assert.ok(failed, "the second server should not start");
  } finally {
    await first.close();
  }
});

test("bufferedAmount() reads a numeric bufferedAmount and is 0 for anything else", () => {
  assert.is(bufferedAmount({ bufferedAmount: 42 }), 42);
  assert.is(bufferedAmount({ bufferedAmount: "42" }), 0);
  assert.is(bufferedAmount({}), 0);
  assert.is(bufferedAmount(null), 0);
  assert.is(bufferedAmount(undefined), 0);
});

test.run();
