/**
 * Random and adversarial frames thrown at the real WebSocket endpoint. Whatever a client sends, it gets an
 * answer (an error, or a response to a request) or its connection closes; the server keeps serving; the
 * sender's state holds what it held; and another connected client sees nothing at all. Values of every
 * shape, nested thousands deep and oversized, thrown at every two-way element never leave a variable holding
 * what its element could not have written.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { CLOSE_FLOOD, CLOSE_TOO_BIG, MAX_FRAME_CHARS } from "../../gui/server/socket_endpoint.ts";
import { ALL_WRITERS_PAGE, ALL_WRITERS_STATE } from "../fixtures/all_writers_page.ts";
import { connectClient, delay, type TestClient } from "../helpers/test_client.ts";
import { openRawWebSocket, type RawWebSocket } from "./raw_web_socket.ts";

type AppState = { level: number; open: boolean; rows: { a: number }[]; count: number };

// 0 number (two-way number), 1 text of a computed value, 2 expandable (two-way boolean), 3 table, 4 button.
const page = `
<|{level}|number|>

<|{level * 2}|>

<|More|expandable|expanded={open}|
inside
|>

<|{rows}|table|>

<|Go|button|on_action=go|>
`;

const INITIAL: AppState = { level: 5, open: false, rows: [{ a: 1 }, { a: 2 }], count: 0 };

async function startGui(): Promise<Gui<AppState>> {
  const gui = new Gui<AppState>({
    page,
    state: INITIAL,
    functions: { go: (state: State<AppState>) => void (state.count += 1) },
  });
  await gui.run({ port: 0, quiet: true });
  return gui;
}

const socketUrl = (gui: Gui<AppState>) => gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH;

interface Sender {
  socket: RawWebSocket;
  stateId: string;
}

async function connectSender(gui: Gui<AppState>): Promise<Sender> {
  const socket = await openRawWebSocket(socketUrl(gui));
  await socket.sendText(JSON.stringify({ type: "hello", page: "/" }));
  const welcome = JSON.parse((await socket.nextMessage()) ?? "{}") as { type: string; stateId: string };
  assert.is(welcome.type, "welcome");
  return { socket, stateId: welcome.stateId };
}

const readState = (gui: Gui<AppState>, stateId: string) =>
  invokeCallback(gui, stateId, (state) => JSON.parse(JSON.stringify(state)) as AppState, []);

/** One frame: text, or binary bytes. Every one of them is wrong in some way. */
type Frame = { text: string } | { binary: Uint8Array };

const anyJson = fc.jsonValue({ maxDepth: 3 });
// null is a number element's "empty": it is accepted, so it is not here.
const notANumber = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 3 }),
);
const notABoolean = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.boolean(), { maxLength: 3 }),
);
const notAnAction = fc.oneof(
  fc.integer().filter((index) => index !== 4),
  fc.double(),
  fc.string(),
  fc.constant(null),
);
const json = (value: unknown): Frame => ({ text: JSON.stringify(value) });

/** Frames that are all refused, with one answer each. */
const badFrame: fc.Arbitrary<Frame> = fc.oneof(
  // Not JSON at all, or JSON that is not a message object.
  fc.string().filter((text) => !isJsonObject(text)).map((text) => ({ text })),
  fc.constantFrom("{", '{"type":', "[1,", "nul", "{'type':'update'}", "\u0000", "\uD800").map((text) => ({
    text,
  })),
  anyJson.filter((value) => typeof value !== "object" || value === null || Array.isArray(value)).map(json),
  // Unknown kinds, and known kinds with missing or wrong fields.
  fc.record({ type: fc.string().filter((type) => !KNOWN_TYPES.has(type)), value: anyJson }).map(json),
  fc.constantFrom(
    { type: "update" },
    { type: "update", key: 3, value: 1 },
    { type: "update", key: "level" },
    { type: "action" },
    { type: "request", element: 0 },
    { type: "navigate", id: 1, page: "../../etc" },
    { type: "hello", page: "/" },
    { type: "hello", page: 7 },
  ).map(json),
  // Unknown, unbound or read-only keys.
  fc.record({ type: fc.constant("update"), key: fc.string(), value: anyJson })
    .filter((message) => message.key !== "level" && message.key !== "open").map(json),
  fc.record({
    type: fc.constant("update"),
    key: fc.constantFrom("level * 2", "count", "rows"),
    value: anyJson,
  })
    .map(json),
  // Wrong-typed values.
  fc.record({ type: fc.constant("update"), key: fc.constant("level"), value: notANumber }).map(json),
  fc.record({ type: fc.constant("update"), key: fc.constant("open"), value: notABoolean }).map(json),
  fc.constant({ text: '{"type":"update","key":"level","value":1e400}' }),
  fc.constant({ text: '{"type":"update","key":"level","value":-1e400}' }),
  fc.integer({ min: 1000, max: 100_000 }).map((length) =>
    json({ type: "update", key: "level", value: new Array<number>(length).fill(1) })
  ),
  // Actions of elements that have none; requests of elements that answer none; unknown pages.
  fc.record({ type: fc.constant("action"), element: notAnAction, payload: anyJson }).map(json),
  fc.record({ type: fc.constant("request"), id: fc.integer(), element: fc.constantFrom(0, 1, 2, 4, 99) })
    .map(json),
  fc.record({ type: fc.constant("navigate"), id: fc.integer(), page: fc.constantFrom("nowhere", "a/b", "x") })
    .map(json),
  // Binary frames.
  fc.uint8Array({ maxLength: 64 }).map((binary) => ({ binary })),
);

const KNOWN_TYPES = new Set(["hello", "update", "action", "request", "navigate", "cancel-hold"]);

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

async function send(socket: RawWebSocket, frame: Frame): Promise<void> {
  if ("text" in frame) await socket.sendText(frame.text);
  else await socket.sendFrame(2, frame.binary);
}

/** Reads until the answer to the sentinel request `id`, and returns every message before it. */
async function answersUntil(socket: RawWebSocket, id: number): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (;;) {
    const text = await socket.nextMessage(5000);
    if (text === undefined) throw new Error(`no answer to request ${id}; the socket closed or went silent`);
    const message = JSON.parse(text) as { type: string; id?: number };
    if (message.type === "response" && message.id === id) return answers;
    answers.push(message);
  }
}

test("property: every bad frame gets one answer; state and other clients stay untouched", async () => {
  const gui = await startGui();
  let observer: TestClient | undefined;
  let sender: Sender | undefined;
  try {
    observer = await connectClient(gui.url);
    sender = await connectSender(gui);
    const { socket, stateId } = sender;
    let sentinel = 1_000_000;
    await fc.assert(
      fc.asyncProperty(fc.array(badFrame, { minLength: 1, maxLength: 8 }), async (frames) => {
        for (const frame of frames) await send(socket, frame);
        const id = sentinel++;
        await socket.sendText(JSON.stringify({ type: "request", id, element: 1 }));
        const answers = await answersUntil(socket, id);
        assert.is(answers.length, frames.length, `one answer per frame: ${JSON.stringify(answers)}`);
        for (const answer of answers as { type: string }[]) {
          assert.ok(["error", "response", "page"].includes(answer.type), JSON.stringify(answer));
          assert.not.ok(JSON.stringify(answer).includes("    at "), "no stack trace reaches the client");
        }
      }),
      { numRuns: 200 },
    );
    assert.equal(await readState(gui, stateId), INITIAL, "the sender's state is unchanged");
    assert.equal(observer.received, [], "the other client received nothing");
    assert.equal(await readState(gui, observer.welcome.stateId), INITIAL);
    // The server still serves: the sender's valid action and the observer's write both work.
    await socket.sendText(JSON.stringify({ type: "action", element: 4 }));
    await socket.sendText(JSON.stringify({ type: "request", id: 1, element: 1 }));
    assert.equal(await answersUntil(socket, 1), [], "a valid action is not refused");
    assert.is((await readState(gui, stateId)).count, 1);
    observer.send({ type: "update", key: "level", value: 9 });
    await observer.waitFor((message) => message.type === "patch");
  } finally {
    sender?.socket.close();
    await observer?.close();
    await gui.stop();
  }
});

type WritersState = typeof ALL_WRITERS_STATE;

const isIso = (value: unknown) => typeof value === "string" && Number.isFinite(Date.parse(value));
const distinctOf = (value: unknown, allowed: (one: unknown) => boolean) =>
  Array.isArray(value) && value.every(allowed) &&
  new Set(value.map((one) => JSON.stringify(one))).size === value.length;
const onGrid = (value: unknown, min: number, max: number, step: number) =>
  typeof value === "number" && value >= min && value <= max && Number.isInteger((value - min) / step);

/** What each element can write, said independently of the server's rules. */
const SHAPES: Record<string, (value: unknown) => boolean> = {
  n: (value) => onGrid(value, 0, 10, 0.5),
  free: (value) => value === null || (typeof value === "number" && Number.isFinite(value)),
  s: (value) => onGrid(value, 0, 50, 5),
  range: (value) =>
    Array.isArray(value) && value.length === 2 && value.every((one) => onGrid(one, 0, 100, 1)) &&
    value[0] <= value[1],
  size: (value) => ["S", "M", "L"].includes(value as string),
  on: (value) => typeof value === "boolean",
  mode: (value) => value === null || value === "a" || value === "b",
  country: (value) => value === null || value === "France" || value === "Italy",
  langs: (value) =>
    distinctOf(value, (one) => ['["fr","French"]', '["it","Italian"]'].includes(JSON.stringify(one))),
  picked: (value) => ["a", "a1", "b"].includes(value as string),
  openIds: (value) => distinctOf(value, (one) => ["a", "a1", "b"].includes(one as string)),
  day: (value) =>
    value === null ||
    (isIso(value) && (value as string) >= "2023-12-31" && (value as string) <= "2025-01-01"),
  period: (value) =>
    Array.isArray(value) && value.length === 2 && value.every((one) => one === null || isIso(one)),
  alarm: (value) =>
    value === null || (typeof value === "string" && (/^\d\d:\d\d(:\d\d)?$/.test(value) || isIso(value))),
  name: (value) => typeof value === "string" && value.length <= 100_000,
  chosen: (value) => distinctOf(value, (one) => one === 0 || one === 1),
  points: (value) => distinctOf(value, (one) => Number.isSafeInteger(one) && (one as number) >= 0),
  open: (value) => typeof value === "boolean",
  paneOpen: (value) => typeof value === "boolean",
};

/** Values an element can write, so that accepted writes are part of the run too. */
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  n: fc.integer({ min: -4, max: 24 }).map((half) => half / 2),
  s: fc.integer({ min: -2, max: 12 }).map((fifth) => fifth * 5),
  range: fc.tuple(fc.integer({ min: -5, max: 105 }), fc.integer({ min: -5, max: 105 })),
  size: fc.constantFrom("S", "M", "L", "XL", 0),
  mode: fc.constantFrom("a", "b", "c", null),
  langs: fc.subarray([["fr", "French"], ["it", "Italian"], ["fr", "French"], "fr"]),
  picked: fc.constantFrom("a", "a1", "b", "c", ["a"]),
  openIds: fc.subarray(["a", "a1", "b", "a", 3]),
  day: fc.date({ min: new Date("2023-06-01"), max: new Date("2025-06-01") }).map((date) =>
    date.toISOString()
  ),
  chosen: fc.subarray([0, 1, 1, 2, -1]),
};

/** A frame's text: an update of `key` whose value is JSON text (so that it can nest past JSON.stringify). */
const updateText = (key: string, valueText: string) =>
  `{"type":"update","key":${JSON.stringify(key)},"value":${valueText}}`;

const hostileValueText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  // Nested thousands deep: the one-message crash.
  fc.integer({ min: 50, max: 5000 }).map((depth) => "[".repeat(depth) + "1" + "]".repeat(depth)),
  fc.integer({ min: 50, max: 3000 }).map((depth) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth)),
  // Oversized, under the frame limit.
  fc.integer({ min: 100_001, max: 300_000 }).map((length) => JSON.stringify("x".repeat(length))),
  fc.integer({ min: 1000, max: 100_000 }).map((length) => JSON.stringify(new Array<number>(length).fill(1))),
  fc.constantFrom(
    "1e300",
    "-1e300",
    "1e400",
    "null",
    "true",
    '"10"',
    "{}",
    "[]",
    '[["fr","French"]]',
    "[[1],[2]]",
  ),
);

const writerFrame: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(SHAPES)).chain((key) => {
  const valid = plausible[key];
  const valueText = valid === undefined
    ? hostileValueText
    : fc.oneof(hostileValueText, valid.map((value) => JSON.stringify(value)));
  return valueText.map((text) => updateText(key, text));
});

test("property: nested and oversized values at every two-way element: answered, refused, state in shape", async () => {
  const gui = new Gui<WritersState>({ page: ALL_WRITERS_PAGE, state: ALL_WRITERS_STATE });
  await gui.run({ port: 0, quiet: true });
  const url = gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH;
  const socket = await openRawWebSocket(url);
  try {
    await socket.sendText(JSON.stringify({ type: "hello", page: "/" }));
    const welcome = JSON.parse((await socket.nextMessage()) ?? "{}") as { stateId: string };
    let sentinel = 1;
    await fc.assert(
      fc.asyncProperty(fc.array(writerFrame, { minLength: 1, maxLength: 6 }), async (frames) => {
        for (const frame of frames) await socket.sendText(frame);
        const id = sentinel++;
        await socket.sendText(JSON.stringify({ type: "request", id, element: 0 }));
        const answers = await answersUntil(socket, id) as { type: string; code?: string }[];
        assert.ok(
          answers.length <= frames.length,
          `at most one answer per frame: ${JSON.stringify(answers)}`,
        );
        for (const answer of answers) {
          assert.ok(["error", "patch"].includes(answer.type), JSON.stringify(answer).slice(0, 200));
          assert.not.ok(JSON.stringify(answer).includes("    at "), "no stack trace reaches the client");
        }
        const state = await invokeCallback(
          gui,
          welcome.stateId,
          (state) => ({ ...state }) as Record<string, unknown>,
          [],
        );
        for (const [key, inShape] of Object.entries(SHAPES)) {
          assert.ok(inShape(state[key]), `${key} holds ${JSON.stringify(state[key])?.slice(0, 80)}`);
        }
      }),
      { numRuns: 60 },
    );
    // The server still serves this socket and accepts a write its element can make.
    await socket.sendText(updateText("n", "7.5"));
    await socket.sendText(JSON.stringify({ type: "request", id: 0, element: 0 }));
    assert.equal(await answersUntil(socket, 0), []);
    assert.is(await invokeCallback(gui, welcome.stateId, (state) => state.n, []), 7.5);
  } finally {
    socket.close();
    await gui.stop();
  }
});

test("an oversized frame closes only its own connection", async () => {
  const gui = await startGui();
  const observer = await connectClient(gui.url);
  try {
    const sender = await connectSender(gui);
    const value = "x".repeat(MAX_FRAME_CHARS);
    await sender.socket.sendText(JSON.stringify({ type: "update", key: "level", value }));
    assert.is(await sender.socket.nextMessage(5000), undefined);
    assert.is(sender.socket.closeCode, CLOSE_TOO_BIG);
    assert.equal(await readState(gui, sender.stateId), INITIAL);
    observer.send({ type: "update", key: "level", value: 6 });
    await observer.waitFor((message) => message.type === "patch");
    const next = await connectSender(gui);
    next.socket.close();
    sender.socket.close();
  } finally {
    await observer.close();
    await gui.stop();
  }
});

test("a flood closes the flooding connection; the server and other clients go on", async () => {
  const gui = await startGui();
  const observer = await connectClient(gui.url);
  try {
    const sender = await connectSender(gui);
    // Ten thousand actions of an element without one, written in one go: far past the rate limit.
    const frames = Array.from({ length: 10_000 }, () => JSON.stringify({ type: "action", element: 0 }));
    // Writes after the server closed fail (connection reset): that is the point.
    await Promise.all(frames.map((frame) => sender.socket.sendText(frame).catch(() => {})));
    let answers = 0;
    while ((await sender.socket.nextMessage(5000)) !== undefined) answers++;
    // The close frame may be lost to the reset that writing into a closed socket causes (Deno).
    if (sender.socket.closeCode !== undefined) assert.is(sender.socket.closeCode, CLOSE_FLOOD);
    assert.ok(answers < frames.length, `the server stopped answering (${answers} answers)`);
    assert.equal(await readState(gui, sender.stateId), INITIAL);
    await delay(50);
    assert.equal(observer.received, [], "the other client received nothing");
    observer.send({ type: "update", key: "level", value: 6 });
    await observer.waitFor((message) => message.type === "patch");
    sender.socket.close();
  } finally {
    await observer.close();
    await gui.stop();
  }
});

test.run();
