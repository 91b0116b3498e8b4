import { test } from "uvu";
import * as assert from "uvu/assert";
import { Connection } from "../../gui/client/connection.ts";
import type { SocketHandlers, SocketLike } from "../../gui/client/open_web_socket.ts";
import { TicketStorage } from "../../gui/client/ticket_storage.ts";
import type { ErrorMessage, ServerMessage, ValueMap, ViewContent } from "../../gui/protocol/messages.ts";

/** A socket the test drives: it records what the client sends and delivers what the test says. */
class FakeSocket implements SocketLike {
  sent: unknown[] = [];
  closed = false;
  constructor(readonly handlers: SocketHandlers) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.closed = true;
  }
  deliver(message: ServerMessage): void {
    this.handlers.onMessage(JSON.stringify(message));
  }
}

function memoryStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function setup(storage = memoryStorage()) {
  const sockets: FakeSocket[] = [];
  const timers: Array<{ callback: () => void; ms: number }> = [];
  const applied: Array<["setAll" | "apply", ValueMap]> = [];
  const errors: ErrorMessage[] = [];
  const connection = new Connection({
    url: "ws://test/_tapir/ws",
    page: "/",
    values: {
      setAll: (values) => void applied.push(["setAll", values]),
      apply: (values) => void applied.push(["apply", values]),
      latest: (key) => {
        for (let index = applied.length - 1; index >= 0; index--) {
          const values = applied[index]?.[1] ?? {};
          if (key in values) return values[key];
        }
        return undefined;
      },
    },
    tickets: new TicketStorage(storage),
    openSocket: (_url, handlers) => {
      const socket = new FakeSocket(handlers);
      sockets.push(socket);
      return socket;
    },
    setTimer: (callback, ms) => void timers.push({ callback, ms }),
    random: () => 0,
    instance: "i1",
    onError: (error) => void errors.push(error),
  });
  const last = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (socket === undefined) throw new Error("no socket opened");
    return socket;
  };
  /** Opens the latest socket and answers its hello with a welcome. */
  const welcome = (seq: number, values: ValueMap = {}): void => {
    last().handlers.onOpen();
    last().deliver({ type: "welcome", stateId: "s1", secret: "k1", seq, values, resumed: false });
  };
  return { connection, sockets, timers, applied, errors, storage, last, welcome };
}

test("Connection says hello without a ticket the first time, then is open after the welcome", () => {
  const { connection, last, welcome, applied, storage } = setup();
  connection.start();
  assert.is(connection.state, "connecting");
  last().handlers.onOpen();
  assert.equal(last().sent, [{ type: "hello", page: "/", instance: "i1" }]);
  welcome(3, { x: 1 });
  assert.is(connection.state, "open");
  assert.is(connection.stateId, "s1");
  assert.is(connection.lastSeq, 3);
  assert.equal(applied, [["setAll", { x: 1 }]]);
  assert.equal(new TicketStorage(storage).load(), { stateId: "s1", secret: "k1", lastSeq: 3 });
});

test("Connection applies the next patch and ignores older ones", () => {
  const { connection, last, welcome, applied } = setup();
  connection.start();
  welcome(3);
  last().deliver({ type: "patch", seq: 4, values: { x: 2 } });
  last().deliver({ type: "patch", seq: 4, values: { x: 9 } });
  last().deliver({ type: "patch", seq: 2, values: { x: 9 } });
  assert.equal(applied.slice(1), [["apply", { x: 2 }]]);
  assert.is(connection.lastSeq, 4);
});

test("Connection resumes at once from lastSeq when a patch is missing", () => {
  const { connection, sockets, last, welcome, applied } = setup();
  connection.start();
  welcome(3);
  last().deliver({ type: "patch", seq: 4, values: {} });
  const first = last();
  first.deliver({ type: "patch", seq: 6, values: { x: 2 } });
  assert.ok(first.closed);
  assert.is(sockets.length, 2, "a new socket opens without waiting");
  assert.equal(applied.length, 2, "the patch after the gap is not applied");
  last().handlers.onOpen();
  assert.equal(last().sent, [{ type: "hello", page: "/", instance: "i1", resume: { stateId: "s1", secret: "k1", lastSeq: 4 } }]);
  first.deliver({ type: "patch", seq: 5, values: {} });
  assert.equal(applied.length, 2, "the old socket is ignored");
});

test("Connection waits before resuming again when patches keep going missing", () => {
  const { connection, sockets, timers, last, welcome } = setup();
  connection.start();
  welcome(3);
  last().deliver({ type: "patch", seq: 9, values: {} });
  assert.is(sockets.length, 2, "the first gap resumes at once");
  welcome(3);
  last().deliver({ type: "patch", seq: 9, values: {} });
  assert.is(sockets.length, 2, "the second waits");
  assert.equal(timers.map((timer) => timer.ms), [200]);
  timers[0]?.callback();
  welcome(3);
  last().deliver({ type: "patch", seq: 4, values: {} });
  last().deliver({ type: "patch", seq: 9, values: {} });
  assert.is(sockets.length, 4, "an applied patch makes the next gap resume at once again");
});

test("Connection reconnects after a close with growing delays and resumes the same state", () => {
  const { connection, sockets, timers, last, welcome } = setup();
  connection.start();
  welcome(3);
  last().handlers.onClose();
  assert.is(connection.state, "closed");
  assert.equal(timers.map((timer) => timer.ms), [100]);
  timers[0]?.callback();
  assert.is(sockets.length, 2);
  last().handlers.onClose(); // the server is still down
  timers[1]?.callback();
  last().handlers.onClose();
  assert.equal(timers.map((timer) => timer.ms), [100, 200, 400]);
  timers[2]?.callback();
  last().handlers.onOpen();
  assert.equal(last().sent, [{ type: "hello", page: "/", instance: "i1", resume: { stateId: "s1", secret: "k1", lastSeq: 3 } }]);
  welcome(3);
  last().handlers.onClose();
  assert.is(timers.at(-1)?.ms, 100, "a welcome resets the delay");
});

test("Connection keeps what the user does while offline and sends it after the next welcome", () => {
  const { connection, timers, last, welcome } = setup();
  connection.start();
  connection.update("x", "early"); // before the first welcome
  welcome(0);
  assert.equal(last().sent.slice(1), [{ type: "update", key: "x", value: "early" }]);
  connection.drop();
  assert.is(connection.state, "closed");
  connection.update("x", "a");
  connection.update("x", "ab");
  connection.action(2, { key: "Enter" });
  assert.is(connection.queued, 2);
  timers[0]?.callback();
  welcome(0);
  assert.equal(last().sent.slice(1), [
    { type: "update", key: "x", value: "ab" },
    { type: "action", element: 2, payload: { key: "Enter" } },
  ]);
  assert.is(connection.queued, 0);
});

test("Connection sends at once while open", () => {
  const { connection, last, welcome } = setup();
  connection.start();
  welcome(0);
  connection.update("x", 1);
  connection.action(0);
  assert.equal(last().sent.slice(1), [{ type: "update", key: "x", value: 1 }, { type: "action", element: 0 }]);
});

test("Connection presents the ticket a previous page load stored, asking for every value", () => {
  const storage = memoryStorage();
  new TicketStorage(storage).save({ stateId: "old", secret: "s", lastSeq: 12 });
  const { connection, last } = setup(storage);
  connection.start();
  last().handlers.onOpen();
  assert.equal(last().sent, [{ type: "hello", page: "/", instance: "i1", resume: { stateId: "old", secret: "s", lastSeq: -1 } }]);
});

test("Connection reports error messages and stays connected", () => {
  const { connection, last, errors, welcome } = setup();
  connection.start();
  welcome(0);
  last().deliver({ type: "error", code: "bad-value", message: "not a number" });
  assert.equal(errors, [{ type: "error", code: "bad-value", message: "not a number" }]);
  assert.is(connection.state, "open");
  assert.not.ok(last().closed);
});

test("Connection reports a message it cannot read as bad-message", () => {
  const { connection, last, errors } = setup();
  connection.start();
  last().handlers.onMessage("{not json");
  assert.is(errors[0]?.code, "bad-message");
});

test("Connection.stop() closes for good", () => {
  const { connection, last, timers, welcome } = setup();
  connection.start();
  welcome(0);
  connection.stop();
  assert.ok(last().closed);
  assert.is(connection.state, "closed");
  last().handlers.onClose();
  assert.is(timers.length, 0);
});

test("Connection applies a delta to the newest value it holds", () => {
  const { connection, last, welcome, applied } = setup();
  connection.start();
  welcome(1, { series: [1, 2, 3] });
  last().deliver({ type: "patch", seq: 2, values: {}, deltas: { series: { drop: 1, append: [4, 5] } } });
  assert.equal(applied.at(-1), ["apply", { series: [2, 3, 4, 5] }]);
});

test("Connection answers requests with their responses and sends them again after a reconnect", async () => {
  const { connection, last, welcome, timers } = setup();
  connection.start();
  welcome(1);
  const answered = connection.request(2, { page: 1 });
  assert.equal(last().sent.at(-1), { type: "request", id: 1, element: 2, query: { page: 1 } });
  connection.drop();
  const refused = connection.request(3, "bad");
  timers.at(-1)?.callback();
  welcome(1);
  const resent = last().sent.filter((message) => (message as { type: string }).type === "request");
  assert.equal(resent.map((message) => (message as { id: number }).id), [1, 2]);
  last().deliver({ type: "response", id: 1, data: { rows: [1] } });
  last().deliver({ type: "response", id: 2, error: "no" });
  assert.equal(await answered, { rows: [1] });
  await refused.then(() => assert.unreachable(), (error: Error) => assert.is(error.message, "no"));
});

test("Connection takes the page a welcome gives, names it in its next hello, and hands on the view", () => {
  const views: ViewContent[] = [];
  const sockets: FakeSocket[] = [];
  const applied: ValueMap[] = [];
  const connection = new Connection({
    url: "ws://test/_tapir/ws",
    page: "admin",
    values: { setAll: (values) => void applied.push(values), apply: () => {}, latest: () => undefined },
    tickets: new TicketStorage(memoryStorage()),
    openSocket: (_url, handlers) => {
      const socket = new FakeSocket(handlers);
      sockets.push(socket);
      return socket;
    },
    setTimer: (callback) => callback(),
    instance: "i1",
    onView: (view) => void views.push(view),
  });
  connection.start();
  const first = sockets[0];
  first?.handlers.onOpen();
  const view: ViewContent = {
    page: "home",
    params: {},
    slots: ["<h2>Home</h2>"],
    scripts: [],
    descriptor: { page: "home", elements: [] },
  };
  const welcome = { type: "welcome", stateId: "s1", secret: "k1", seq: 0, resumed: false } as const;
  first?.deliver({ ...welcome, values: { g: 1 }, page: "home", view });
  assert.is(connection.page, "home");
  assert.equal(views, [view]);
  assert.equal(applied, [{ g: 1 }], "the values came before the view is shown");
  connection.drop();
  sockets[1]?.handlers.onOpen();
  assert.equal((sockets[1]?.sent[0] as { page?: string }).page, "home", "a reconnection names the page allowed");
});

test.run();
