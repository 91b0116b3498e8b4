/**
 * Every element that fires an action accepts the payload its UI sends (the callback gets it) and refuses
 * anything else with a `bad-value` error, before the callback runs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui } from "../../mod.ts";
import { errorsAnswering } from "../helpers/errors_answering.ts";
import { connectClient } from "../helpers/test_client.ts";

interface Case {
  /** The element, as the page's second element (index 1), calling `act`. */
  markup: string;
  state?: Record<string, unknown>;
  accepted: unknown[];
  refused: unknown[];
}

const huge = "x".repeat(100_001);
const nested = { args: [[[[{}]]]] };

const CASES: Record<string, Case> = {
  button: {
    markup: "<|Go|button|on_action=act|>",
    accepted: [undefined],
    refused: [{}, "press", 1, null, nested],
  },
  file_download: {
    markup: "<|{file}|file_download|on_action=act|>",
    state: { file: null },
    accepted: [{ action: "download" }],
    refused: [undefined, { action: "upload" }, { action: "download", extra: 1 }, nested],
  },
  pane: {
    markup: "<|{open}|pane|on_close=act|\nInside\n|>",
    state: { open: true },
    accepted: [{ action: "close" }],
    refused: [undefined, { action: "open" }, { action: huge }, nested],
  },
  image: {
    markup: "<|/logo.png|image|on_action=act|>",
    accepted: [{ args: [] }],
    refused: [undefined, { args: [1] }, { args: [], x: 1 }, nested],
  },
  dialog: {
    markup: "<|{show}|dialog|labels=OK;Cancel|on_action=act|\nSure?\n|>",
    state: { show: true },
    accepted: [{ args: [0] }, { args: [1] }, { args: [-1] }],
    refused: [{ args: [2] }, { args: [-2] }, { args: [0.5] }, { args: ["0"] }, { args: [0, 1] }, nested, 0],
  },
  input: {
    markup: "<|{name}|input|action_keys=Enter;F2|on_action=act|>",
    state: { name: "" },
    accepted: [{ key: "Enter" }, { key: "F2" }],
    refused: [{ key: "Escape" }, { key: ["Enter"] }, { key: "Enter", more: 1 }, { key: huge }, nested],
  },
  login: {
    markup: "<|Welcome|login|on_action=act|>",
    accepted: [{ user: "ann", password: "pw", args: ["ann", "pw", "TaipyRoot"] }],
    refused: [
      { user: "ann", password: 1, args: ["ann", 1, "TaipyRoot"] },
      { user: huge, password: "pw", args: [huge, "pw", "TaipyRoot"] },
      { user: "ann", password: "pw", args: ["bob", "pw", "TaipyRoot"] },
      { user: { a: 1 }, password: "pw", args: [{ a: 1 }, "pw", "TaipyRoot"] },
      { user: "ann", password: "pw" },
    ],
  },
  chat: {
    markup: "<|{messages}|chat|on_action=act|>",
    state: { messages: [] },
    accepted: [{ text: "hi", senderId: "me", args: ["Enter", "messages", "hi", "me"] }],
    refused: [
      { text: huge, senderId: "me", args: ["Enter", "messages", huge, "me"] },
      { text: "hi", senderId: "me", args: ["Paste", "messages", "hi", "me"] },
      { text: "hi", senderId: "me", args: ["click", "messages", "bye", "me"] },
      { text: ["hi"], senderId: "me", args: ["click", "messages", ["hi"], "me"] },
      { text: "hi", senderId: "me", args: ["click", "messages", "hi", "me"], admin: true },
    ],
  },
  table: {
    markup: "<|{rows}|table|on_action=act|>",
    state: { rows: [{ name: "a", n: 1 }, { name: "b", n: 2 }] },
    accepted: [
      { index: 1, col: "n", value: 2, reason: "click" },
      { index: 0, col: null, value: null, reason: "click" },
    ],
    refused: [
      { index: 2, col: "n", value: 2, reason: "click" },
      { index: -1, col: "n", value: 2, reason: "click" },
      { index: 0.5, col: "n", value: 2, reason: "click" },
      { index: 0, col: "secret", value: 2, reason: "click" },
      { index: 0, col: "n", value: [[[[1]]]], reason: "click" },
      { index: 0, col: "n", value: huge, reason: "click" },
      { index: 0, col: "n", value: 1, reason: "delete" },
      { index: 0, col: "n", value: 1 },
    ],
  },
  chart: {
    markup: "<|{points}|chart|x=a|y=b|on_click=act|>",
    state: { points: [{ a: 1, b: 2 }, { a: 2, b: 3 }] },
    accepted: [{ x: 1, y: 2, index: 0, trace: 0 }, { y: 3, index: 1, trace: 0 }, {
      x: "Mon",
      y: null,
      index: 1,
      trace: 2,
    }],
    refused: [
      { x: 1, y: 2, index: -1, trace: 0 },
      { x: 1, y: 2, index: 1e300, trace: 0 },
      { x: 1, y: 2, index: 0, trace: "0" },
      { x: [[[1]]], y: 2, index: 0, trace: 0 },
      { x: huge, y: 2, index: 0, trace: 0 },
      { x: 1, y: 2, index: 0, trace: 0, admin: true },
      "click",
    ],
  },
};

for (const [name, { markup, state, accepted, refused }] of Object.entries(CASES)) {
  test(`${name}: its UI's payload reaches the callback, anything else is refused before it`, async () => {
    const received: unknown[] = [];
    const gui = new Gui({
      page: `<|{title}|>\n\n${markup}`,
      state: { title: name, ...state },
      functions: { act: (_state: unknown, _id: unknown, payload: unknown) => void received.push(payload) },
    });
    await gui.run({ port: 0, quiet: true });
    const client = await connectClient(gui.url);
    try {
      // A button sends no payload at all: the key is left out, not set to undefined.
      const act = (payload: unknown) =>
        errorsAnswering(client, { type: "action", element: 1, ...(payload === undefined ? {} : { payload }) });
      for (const payload of accepted) assert.equal(await act(payload), [], JSON.stringify(payload));
      for (const payload of refused) {
        const [error] = await act(payload);
        assert.ok(
          error?.type === "error" && error.code === "bad-value",
          `${name} took ${JSON.stringify(payload)}`,
        );
      }
      assert.equal(received, accepted);
    } finally {
      await client.close();
      await gui.stop();
    }
  });
}

test.run();
