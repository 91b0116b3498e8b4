import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  download,
  Gui,
  GuiConfigurationError,
  holdControl,
  notify,
  resumeControl,
  type State,
} from "../../mod.ts";
import { startTestGui, type TestGui } from "../../gui/testing.ts";

type AppState = { step: string; cancelled: number };
type AppFunctions = Record<string, (state: State<AppState>, ...args: never[]) => unknown>;

const page = `
<|{step}|id=step|>
<|Hold|button|id=hold|on_action=hold|>
<|Release|button|id=release|on_action=release|>
`;

async function startApp(functions: AppFunctions, retention = 60_000): Promise<TestGui<AppState>> {
  const gui = new Gui<AppState>({
    page,
    state: { step: "idle", cancelled: 0 },
    stateRetention: retention,
    functions: {
      hold: (state: State<AppState>) => holdControl(state, "stop", "Crunching..."),
      release: (state: State<AppState>) => resumeControl(state),
      stop: (state: State<AppState>) => {
        state.cancelled += 1;
      },
      ...functions,
    },
  });
  return await startTestGui(gui);
}

test("notify() sends a toast with its level and duration, 3000 ms by default, short names included", async () => {
  const app = await startApp({});
  try {
    const client = await app.connect();
    const state = app.state(client);
    notify(state, "success", "Saved");
    notify(state, "e", "Failed", { duration: 0 });
    notify(state, "w", "Careful", { duration: 10_000 });
    await client.settled();
    assert.equal(client.notifications, [
      { type: "notify", level: "success", message: "Saved", duration: 3000 },
      { type: "notify", level: "error", message: "Failed", duration: 0 },
      { type: "notify", level: "warning", message: "Careful", duration: 10_000 },
    ]);
  } finally {
    await app.stop();
  }
});

test("notify() refuses an unknown type with a did-you-mean, and a non-State", async () => {
  const app = await startApp({});
  try {
    const client = await app.connect();
    const state = app.state(client);
    assert.throws(
      () => notify(state, "sucess" as "success", "x"),
      (error: Error) =>
        error instanceof GuiConfigurationError && /did you mean "success"/.test(error.message),
    );
    assert.throws(() => notify({}, "info", "x"), /notify\(\) expects a State/);
  } finally {
    await app.stop();
  }
});

test("a notification for an offline tab waits for its return and is not sent twice", async () => {
  const app = await startApp({}, 60_000);
  try {
    const first = await app.connect();
    const state = app.state(first);
    notify(state, "info", "While online");
    await first.settled();
    await first.close();
    notify(state, "info", "While offline");
    const again = await app.connect("/", { resume: first.ticket });
    await again.settled();
    assert.equal(again.notifications.map((notice) => notice.message), ["While offline"]);
  } finally {
    await app.stop();
  }
});

test("holdControl() holds the tab, Cancel lifts the hold and runs the named callback", async () => {
  const app = await startApp({});
  try {
    const client = await app.connect();
    client.action("hold");
    await client.settled();
    assert.equal(client.hold, { type: "hold", active: true, message: "Crunching...", cancellable: true });
    client.cancelHold();
    await client.settled();
    assert.is(client.hold, undefined);
    assert.is(app.state(client).cancelled, 1);
  } finally {
    await app.stop();
  }
});

test("a held tab that reconnects is held again; one released while offline is released", async () => {
  const app = await startApp({});
  try {
    const first = await app.connect();
    first.action("hold");
    await first.settled();
    await first.close();
    const again = await app.connect("/", { resume: { ...first.ticket, lastSeq: -1 } });
    await again.settled();
    assert.ok(again.hold?.active, "the reloaded tab shows the overlay again");
    await again.close();
    resumeControl(app.state(first));
    const third = await app.connect("/", { resume: again.ticket });
    await third.settled();
    assert.equal(third.messages.filter((message) => message.type === "hold"), [{
      type: "hold",
      active: false,
    }]);
  } finally {
    await app.stop();
  }
});

test("holdControl() without cancel has no Cancel, and a cancel-hold then does nothing", async () => {
  const app = await startApp({
    plain: (state) => holdControl(state),
  });
  try {
    const client = await app.connect();
    holdControl(app.state(client));
    await client.settled();
    assert.equal(client.hold, {
      type: "hold",
      active: true,
      message: "Work in Progress...",
      cancellable: false,
    });
    client.cancelHold();
    await client.settled();
    assert.ok(client.hold?.active, "still held");
    assert.throws(() => holdControl(app.state(client), "stp"), /did you mean "stop"/);
  } finally {
    await app.stop();
  }
});

test("download() hands the tab a URL that serves the bytes once fetched, under the file's name", async () => {
  const app = await startApp({});
  try {
    const client = await app.connect();
    const state = app.state(client);
    download(state, new Uint8Array([1, 2, 3]), "data.bin");
    download(state, "a,b\n1,2\n", "rows é.csv");
    await client.settled();
    assert.equal(client.downloads.map((item) => item.name), ["data.bin", "rows é.csv"]);
    const [binary, text] = client.downloads;
    const bytes = await fetch(new URL(`${binary?.url}/data.bin`, app.url));
    assert.equal([...new Uint8Array(await bytes.arrayBuffer())], [1, 2, 3]);
    const csv = await fetch(new URL(`${text?.url}/${encodeURIComponent("rows é.csv")}`, app.url));
    assert.is(await csv.text(), "a,b\n1,2\n");
    assert.match(csv.headers.get("content-disposition") ?? "", /filename\*=UTF-8''rows%20%C3%A9\.csv/);
    assert.throws(() => download(state, "", "empty.txt"), /expects bytes/);
  } finally {
    await app.stop();
  }
});

test.run();
