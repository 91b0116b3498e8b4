import { test } from "uvu";
import * as assert from "uvu/assert";
import { getStateId, Gui, GuiConfigurationError, invokeCallback, type State } from "../../mod.ts";
import type { PatchMessage, ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient, delay } from "../helpers/test_client.ts";

type AppState = { messages: string[]; draft: string; visits: number };

const page = "<|{messages}|>\n\n<|{draft}|>\n\n<|Post|button|on_action=post|>";

async function startGui() {
  const ids: string[] = [];
  const changes: [string, string][] = [];
  const gui = new Gui<AppState>({
    page,
    state: { messages: ["welcome"], draft: "", visits: 0 },
    shared: ["messages"],
    onInit: (state) => void ids.push(getStateId(state)),
    onChange: (state, name) => void changes.push([getStateId(state), name]),
    functions: {
      post: (state: State<AppState>) => {
        state.messages = [...state.messages, `from ${getStateId(state).slice(0, 4)}`];
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
  return { gui, ids, changes };
}

const isPatch = (message: ServerMessage): message is PatchMessage => message.type === "patch";
const hasMessages = (length: number) => (message: ServerMessage) =>
  isPatch(message) && Array.isArray(message.values.messages) && message.values.messages.length === length;

test("a shared variable assigned by one client's callback reaches every client; onChange runs once", async () => {
  const { gui, ids, changes } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    first.send({ type: "action", element: 2 });
    await first.waitFor(hasMessages(2));
    await second.waitFor(hasMessages(2));
    assert.equal(second.values.messages, ["welcome", `from ${(ids[0] ?? "").slice(0, 4)}`]);
    await delay(20);
    assert.equal(changes, [[ids[0], "messages"]], "onChange ran for the client that made the change only");
    await Promise.all([first.close(), second.close()]);
  } finally {
    await gui.stop();
  }
});

test("an in-place change of a shared variable reaches every client", async () => {
  const { gui, ids } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    await invokeCallback(gui, ids[1] ?? "", (state) => void state.messages.push("pushed"), []);
    await first.waitFor(hasMessages(2));
    await second.waitFor(hasMessages(2));
    assert.equal(first.values.messages, ["welcome", "pushed"]);
    const seen = await invokeCallback(gui, ids[0] ?? "", (state) => [...state.messages], []);
    assert.equal(seen, ["welcome", "pushed"]);
    await Promise.all([first.close(), second.close()]);
  } finally {
    await gui.stop();
  }
});

test("assignShared() from background work updates every client, and a new client starts from it", async () => {
  const { gui, changes } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    gui.assignShared("messages", ["reset"]);
    await first.waitFor(hasMessages(1));
    await second.waitFor(hasMessages(1));
    assert.equal(second.values.messages, ["reset"]);
    const third = await connectClient(gui.url);
    assert.equal(third.welcome.values.messages, ["reset"]);
    assert.equal(changes, [], "no client's onChange runs for a background assignment");
    await Promise.all([first.close(), second.close(), third.close()]);
  } finally {
    await gui.stop();
  }
});

test("refresh() of a shared variable sends it to every client", async () => {
  const { gui, ids } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    await invokeCallback(gui, ids[0] ?? "", (state) => state.refresh("messages"), []);
    await first.waitFor(hasMessages(1));
    await second.waitFor(hasMessages(1));
    await Promise.all([first.close(), second.close()]);
  } finally {
    await gui.stop();
  }
});

test("variables that are not shared stay per client", async () => {
  const { gui, ids } = await startGui();
  try {
    const first = await connectClient(gui.url);
    const second = await connectClient(gui.url);
    await invokeCallback(gui, ids[0] ?? "", (state) => void (state.draft = "mine"), []);
    await first.waitFor((message) => isPatch(message) && message.values.draft === "mine");
    await delay(30);
    assert.equal(second.received, []);
    await Promise.all([first.close(), second.close()]);
  } finally {
    await gui.stop();
  }
});

test("addSharedVariable() refuses a name the state lacks, with a suggestion", () => {
  const gui = new Gui<AppState>({ page, state: { messages: [], draft: "", visits: 0 }, functions: { post() {} } });
  let caught: unknown;
  try {
    gui.addSharedVariable("mesages" as keyof AppState & string);
  } catch (error) {
    caught = error;
  }
  assert.instance(caught, GuiConfigurationError);
  assert.match(String((caught as Error).message), /did you mean "messages"/);
  assert.throws(() => gui.assignShared("draft", "x"), /not a shared variable/);
});

test.run();
