import { test } from "uvu";
import * as assert from "uvu/assert";
import { broadcastCallback, Gui } from "../../mod.ts";
import { connectClient, delay, eventually } from "../helpers/test_client.ts";

type AppState = { note: string };

test("broadcastCallback reaches only the clients a filter keeps: a list of ids, or a test", async () => {
  const gui = new Gui<AppState>({ page: "<|{note}|>", state: { note: "" } });
  await gui.run({ port: 0, quiet: true });
  try {
    const clients = await Promise.all([connectClient(gui.url), connectClient(gui.url), connectClient(gui.url)]);
    const [a, b, c] = clients.map((client) => client.welcome.stateId);
    const set = (state: { note: string }, note: string) => void (state.note = note);
    await broadcastCallback(gui, set, ["listed"], { filter: [a ?? "", c ?? "", "unknown-id"] });
    await broadcastCallback(gui, set, ["tested"], { filter: (id) => id === b });
    await eventually(() => clients.every((client) => client.values.note !== ""), "every client to get a note");
    await delay(30);
    assert.equal(clients.map((client) => client.values.note), ["listed", "tested", "listed"]);
    await broadcastCallback(gui, set, ["all"]);
    await eventually(() => clients.every((client) => client.values.note === "all"), "the unfiltered broadcast");
    await Promise.all(clients.map((client) => client.close()));
  } finally {
    await gui.stop();
  }
});

test.run();
