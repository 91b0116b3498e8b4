/**
 * Every two-way element accepts what its UI can write and refuses anything else with a `bad-value` error,
 * judged with the element's properties as they are for the writing client's state.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback } from "../../mod.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import { ALL_WRITERS_PAGE, ALL_WRITERS_STATE } from "../fixtures/all_writers_page.ts";
import { errorsAnswering } from "../helpers/errors_answering.ts";
import { connectClient, type TestClient } from "../helpers/test_client.ts";

type Case = [key: string, value: unknown];

/** What the elements' UIs can write. */
const ACCEPTED: Case[] = [
  ["n", 2.5],
  ["n", 10],
  ["free", null],
  ["free", -3.25],
  ["s", 45],
  ["range", [10, 90]],
  ["size", "M"],
  ["on", true],
  ["mode", "b"],
  ["mode", null],
  ["country", "Italy"],
  ["country", null],
  ["langs", [["it", "Italian"]]],
  ["langs", [["fr", "French"], ["it", "Italian"]]],
  ["picked", "a1"],
  ["openIds", ["a"]],
  ["day", "2024-06-01T00:00:00.000Z"],
  ["day", "2023-12-31T22:00:00.000Z"],
  ["day", null],
  ["period", ["2024-01-01T00:00:00.000Z", null]],
  ["alarm", "07:30"],
  ["alarm", "2024-01-01T07:30:00.000Z"],
  ["name", "hello"],
  ["chosen", [1, 0]],
  ["points", [2]],
  ["open", true],
  ["paneOpen", true],
];

const deep = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
};

/** What they cannot: the cases and more. */
const REFUSED: Case[] = [
  ["s", { a: 1 }],
  ["s", "5"],
  ["s", 55],
  ["s", 7],
  ["s", [10, 20]],
  ["on", "true"],
  ["on", 1],
  ["mode", "c"],
  ["country", "Spain"],
  ["country", ["France"]],
  ["n", null],
  ["n", 1e300],
  ["n", 11],
  ["n", 0.3],
  ["n", "5"],
  ["free", "3"],
  ["range", [[1], [2]]],
  ["range", [90, 10]],
  ["range", 50],
  ["range", [10, 20, 30]],
  ["size", "XL"],
  ["size", 1],
  ["langs", ["fr"]],
  ["langs", [["fr", "French"], ["fr", "French"]]],
  ["langs", ["fr", "French"]],
  ["picked", "zz"],
  ["picked", ["a1"]],
  ["openIds", ["nope"]],
  ["openIds", "a"],
  ["day", "2023-06-01T00:00:00.000Z"],
  ["day", "not a date"],
  ["day", "2024-13-01"],
  ["day", 1700000000000],
  ["period", ["2024-01-01T00:00:00.000Z"]],
  ["period", ["x", null]],
  ["alarm", "25:00"],
  ["alarm", 730],
  ["name", 42],
  ["name", { toString: "x" }],
  ["name", "x".repeat(100_001)],
  ["chosen", [2]],
  ["chosen", [0, 0]],
  ["chosen", [-1]],
  ["chosen", [0.5]],
  ["points", [-1]],
  ["points", "0"],
  ["open", "true"],
  ["paneOpen", 1],
  ["label", "read-only"],
];

const NESTED_KEYS = [
  "n",
  "s",
  "range",
  "size",
  "on",
  "mode",
  "country",
  "langs",
  "picked",
  "openIds",
  "day",
  "period",
  "alarm",
  "name",
  "chosen",
  "points",
  "open",
  "paneOpen",
];

/** Sends the update; returns the errors it was answered with. */
function write(client: TestClient, key: string, value: unknown): Promise<ServerMessage[]> {
  return errorsAnswering(client, { type: "update", key, value });
}

async function withGui(run: (gui: Gui<typeof ALL_WRITERS_STATE>, client: TestClient) => Promise<void>) {
  const gui = new Gui({ page: ALL_WRITERS_PAGE, state: ALL_WRITERS_STATE });
  await gui.run({ port: 0, quiet: true });
  const client = await connectClient(gui.url);
  try {
    await run(gui, client);
  } finally {
    await client.close();
    await gui.stop();
  }
}

test("every two-way element accepts what its UI writes, and the state takes it", async () => {
  await withGui(async (gui, client) => {
    for (const [key, value] of ACCEPTED) {
      assert.equal(await write(client, key, value), [], `${key} = ${JSON.stringify(value)} is accepted`);
      const held = await invokeCallback(gui, client.welcome.stateId, (state) => state[key as "n"], []);
      assert.equal(held, value, `${key} holds ${JSON.stringify(value)}`);
    }
  });
});

test("every two-way element refuses what its UI cannot write, with a bad-value error saying what it expects", async () => {
  await withGui(async (gui, client) => {
    for (const [key, value] of REFUSED) {
      const errors = await write(client, key, value);
      const shown = JSON.stringify(value).slice(0, 60);
      assert.is(errors.length, 1, `${key} = ${shown} is refused`);
      const error = errors[0];
      if (error?.type !== "error") throw new Error("unreachable");
      if (key === "label") assert.is(error.code, "read-only-binding");
      else {
        assert.is(error.code, "bad-value", `${key} = ${shown}`);
        assert.match(error.message, new RegExp(`^"${key}" expects .+; got `), error.message);
      }
    }
    for (const key of NESTED_KEYS) {
      const errors = await write(client, key, deep(2000));
      assert.is(errors.length, 1, `${key} refuses an array nested 2000 deep`);
    }
    const state = await invokeCallback(
      gui,
      client.welcome.stateId,
      (state) => JSON.parse(JSON.stringify(state)) as unknown,
      [],
    );
    assert.equal(state, JSON.parse(JSON.stringify(ALL_WRITERS_STATE)), "no refused value reached the state");
  });
});

test("bounds bound to variables are read for the writing client's state", async () => {
  await withGui(async (gui, client) => {
    const errors = await write(client, "s", 55);
    assert.is(errors.length, 1, "55 is above this state's max of 50");
    await invokeCallback(gui, client.welcome.stateId, (state) => void (state.high = 60), []);
    assert.equal(await write(client, "s", 55), [], "55 is within this state's new max of 60");
    const other = await connectClient(gui.url);
    try {
      assert.is((await write(other, "s", 55)).length, 1, "another state still has a max of 50");
    } finally {
      await other.close();
    }
  });
});

test("a variable written by two elements accepts what either can write", async () => {
  const gui = new Gui({
    page: "<|{x}|>\n\n<|{x}|slider|max=10|>\n<|{x}|number|min=0|max=100|>",
    state: { x: 1 },
  });
  await gui.run({ port: 0, quiet: true });
  const client = await connectClient(gui.url);
  try {
    assert.equal(await write(client, "x", 50), [], "the number field writes 50");
    assert.is((await write(client, "x", 150)).length, 1, "neither writes 150");
  } finally {
    await client.close();
    await gui.stop();
  }
});

test("an element that is not active writes nothing, per state", async () => {
  const gui = new Gui({
    page: "<|{x}|>\n\n<|{x}|number|active={enabled}|>",
    state: { x: 1, enabled: false },
  });
  await gui.run({ port: 0, quiet: true });
  const client = await connectClient(gui.url);
  try {
    const [error] = await write(client, "x", 2);
    assert.ok(
      error?.type === "error" && /"x" is written by an element that is not active/.test(error.message),
    );
    await invokeCallback(gui, client.welcome.stateId, (state) => void (state.enabled = true), []);
    assert.equal(await write(client, "x", 2), []);
  } finally {
    await client.close();
    await gui.stop();
  }
});

test("a menu's action carries an active entry of its lov, or is refused before the callback", async () => {
  const chosen: unknown[] = [];
  const gui = new Gui({
    page: "<|{title}|>\n\n<|menu|lov=Home;Reports;Settings|inactive_ids=Settings|on_action=go|>",
    state: { title: "menu" },
    functions: { go: (_state: unknown, _id: unknown, payload: unknown) => void chosen.push(payload) },
  });
  await gui.run({ port: 0, quiet: true });
  const client = await connectClient(gui.url);
  try {
    const act = (payload: unknown) => errorsAnswering(client, { type: "action", element: 1, payload });
    assert.equal(await act({ id: "Reports", args: ["Reports"] }), []);
    for (
      const payload of [
        { id: "Settings", args: ["Settings"] },
        { id: "Admin", args: ["Admin"] },
        "Home",
        null,
        {
          id: "Home",
          args: ["Reports"],
        },
        { id: "Home", args: ["Home"], extra: 1 },
      ]
    ) {
      const [error] = await act(payload);
      assert.ok(error?.type === "error" && error.code === "bad-value", JSON.stringify(payload));
    }
    assert.equal(chosen, [{ id: "Reports", args: ["Reports"] }]);
  } finally {
    await client.close();
    await gui.stop();
  }
});

test.run();
