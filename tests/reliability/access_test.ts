/**
 * No one gets in where they do not belong: what a tab may write and trigger, which origins may open a
 * socket or upload, what files the server hands out, the headers of its pages, and that the state's secret
 * never reaches a log. Every refusal is checked from the outside (a real socket, real HTTP requests) and
 * against the state as the server holds it.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { getStateId, Gui, invokeCallback, type State } from "../../mod.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { UPLOAD_HEADERS, UPLOAD_PATH } from "../../gui/protocol/file_transfer.ts";
import { UploadedFile } from "../../gui/files/uploaded_file.ts";
import { GuiConfigurationError } from "../../gui/errors.ts";
import { connectClient, delay, eventually, type TestClient } from "../helpers/test_client.ts";
import { openRawWebSocket } from "./raw_web_socket.ts";
import { rawGet } from "./raw_http.ts";

type AppState = { level: number; count: number; open: boolean; name: string; files: unknown; ran: string[] };

// Page "a": 0 number (two-way), 1 number of a computed value (read-only), 2 text, 3 expandable (two-way
// boolean), 4 file_selector (upload only), 5 button. Page "b": 0 text, 1 button.
const pages = {
  a: `<|{level}|number|id=level|>

<|{level * 2}|number|>

<|{count}|>

<|More|expandable|expanded={open}|
inner
|>

<|{files}|file_selector|extensions=*|multiple|>

<|Go A|button|on_action=goA|>`,
  b: `<|{name}|>

<|Go B|button|on_action=goB|>`,
};

const ALLOWED = "https://dashboard.example";

async function startGui(): Promise<Gui<AppState>> {
  const gui = new Gui<AppState>({
    pages,
    state: { level: 1, count: 0, open: false, name: "n", files: null, ran: [] },
    allowedOrigins: [ALLOWED],
    uploads: { maxFileSize: 1024, maxFiles: 2 },
    functions: {
      goA: (state: State<AppState>) => void (state.ran = [...state.ran, "goA"]),
      goB: (state: State<AppState>) => void (state.ran = [...state.ran, "goB"]),
    },
  });
  await gui.run({ port: 0, quiet: true });
  return gui;
}

const readState = (gui: Gui<AppState>, client: TestClient) =>
  invokeCallback(gui, client.welcome.stateId, (state) => JSON.parse(JSON.stringify(state)) as AppState, []);

const errorCodes = (client: TestClient) =>
  client.received.map((message: ServerMessage) => message.type === "error" ? message.code : message.type);

test("writes reach only two-way keys of the open page, with the element's value type", async () => {
  const gui = await startGui();
  try {
    const client = await connectClient(gui.url, { page: "a" });
    const before = await readState(gui, client);
    const frames: [unknown, string][] = [
      [{ type: "update", key: "level", value: "7" }, "bad-value"],
      [{ type: "update", key: "level", value: true }, "bad-value"],
      [{ type: "update", key: "level", value: [1, 2] }, "bad-value"],
      [{ type: "update", key: "level", value: { valueOf: 3 } }, "bad-value"],
      [{ type: "update", key: "level * 2", value: 5 }, "read-only-binding"],
      [{ type: "update", key: "count", value: 5 }, "read-only-binding"],
      [{ type: "update", key: "name", value: "intruder" }, "unknown-binding"],
      [{ type: "update", key: "ran", value: ["forged"] }, "unknown-binding"],
      [{ type: "update", key: "__proto__", value: { polluted: true } }, "unknown-binding"],
      [{ type: "update", key: "constructor", value: 1 }, "unknown-binding"],
      [{ type: "update", key: "open", value: "yes" }, "bad-value"],
      [{ type: "update", key: "open", value: 1 }, "bad-value"],
      [{ type: "update", key: "files", value: [{ name: "x", size: 1 }] }, "bad-value"],
    ];
    for (const [frame] of frames) client.send(frame);
    // JSON has no Infinity: 1e400 parses to it, and a number element must refuse it.
    client.client.sendRaw('{"type":"update","key":"level","value":1e400}');
    const expected = [...frames.map(([, code]) => code), "bad-value"];
    await eventually(() => client.received.length >= expected.length, "an answer to every frame");
    assert.equal(errorCodes(client), expected);
    assert.equal(await readState(gui, client), before, "the state is as it was");
    assert.is(({} as Record<string, unknown>)["polluted"], undefined, "no prototype was touched");
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("actions fire only for elements of the open page that have one", async () => {
  const gui = await startGui();
  try {
    const onA = await connectClient(gui.url, { page: "a" });
    const onB = await connectClient(gui.url, { page: "b" });
    onA.send({ type: "action", element: 1 }); // page b's button index; a read-only number here
    onA.send({ type: "action", element: 2 }); // a text: no action
    onA.send({ type: "action", element: 99 });
    onB.send({ type: "action", element: 5 }); // page a's button index
    onB.send({ type: "action", element: 0 });
    await eventually(() => onA.received.length >= 3 && onB.received.length >= 2, "an answer to every frame");
    assert.equal(errorCodes(onA), ["unknown-element", "unknown-element", "unknown-element"]);
    assert.equal(errorCodes(onB), ["unknown-element", "unknown-element"]);
    assert.equal((await readState(gui, onA)).ran, []);
    assert.equal((await readState(gui, onB)).ran, []);
    onA.send({ type: "action", element: 5 });
    let ran: string[] = [];
    for (let tries = 0; tries < 100 && ran.length === 0; tries++) {
      ran = (await readState(gui, onA)).ran;
      await delay(10);
    }
    assert.equal(ran, ["goA"], "the page's own action still works");
    await Promise.all([onA.close(), onB.close()]);
  } finally {
    await gui.stop();
  }
});

test("a state id alone, or with another tab's secret, does not attach to a state", async () => {
  const gui = await startGui();
  try {
    const owner = await connectClient(gui.url, { page: "a" });
    const other = await connectClient(gui.url, { page: "a" });
    const forged = [
      { stateId: owner.welcome.stateId, secret: "", lastSeq: -1 },
      { stateId: owner.welcome.stateId, secret: other.welcome.secret, lastSeq: -1 },
      { stateId: owner.welcome.stateId, secret: owner.welcome.secret.slice(0, -1), lastSeq: -1 },
    ];
    await owner.close();
    for (const resume of forged) {
      const intruder = await connectClient(gui.url, { page: "a", resume });
      assert.is.not(intruder.welcome.stateId, owner.welcome.stateId);
      assert.is.not(intruder.welcome.secret, owner.welcome.secret);
      await intruder.close();
    }
    await other.close();
  } finally {
    await gui.stop();
  }
});

test("the socket refuses pages of foreign origins and accepts its own, listed ones and non-browsers", async () => {
  const gui = await startGui();
  const url = gui.url.replace(/^http/, "ws").replace(/\/$/, "") + SOCKET_PATH;
  const own = gui.url.replace(/\/$/, "");
  try {
    const statusFor = async (origin: string | undefined) => {
      const socket = await openRawWebSocket(url, origin === undefined ? {} : { origin });
      socket.close();
      return socket.status;
    };
    assert.is(await statusFor("https://evil.example"), 403);
    assert.is(await statusFor(own.replace("127.0.0.1", "127.0.0.2")), 403, "same port, other host");
    assert.is(await statusFor("null"), 403, "a sandboxed frame or a file: page");
    assert.is(await statusFor(own), 101);
    assert.is(await statusFor(ALLOWED), 101);
    assert.is(await statusFor(undefined), 101, "no Origin: not a browser");
  } finally {
    await gui.stop();
  }
});

test("allowedOrigins refuses entries that are not origins", () => {
  for (const entry of ["example.com", "https://example.com/app", "*"]) {
    assert.throws(
      () => new Gui({ page: "x", state: {}, allowedOrigins: [entry] }),
      (error: unknown) => error instanceof GuiConfigurationError,
    );
  }
});

function uploadForm(names: string[], size = 10): FormData {
  const form = new FormData();
  for (const name of names) form.append("file", new Blob([new Uint8Array(size)]), name);
  return form;
}

async function upload(gui: Gui<AppState>, client: TestClient, form: FormData, origin?: string) {
  const response = await fetch(gui.url.replace(/\/$/, "") + UPLOAD_PATH, {
    method: "POST",
    body: form,
    headers: {
      [UPLOAD_HEADERS.stateId]: client.welcome.stateId,
      [UPLOAD_HEADERS.secret]: client.welcome.secret,
      [UPLOAD_HEADERS.element]: "4",
      ...(origin === undefined ? {} : { origin }),
    },
  });
  return { status: response.status, body: await response.json() as { ok: boolean; error?: string } };
}

test("uploads: foreign origins, sizes and counts are refused, and file names lose their folders", async () => {
  const gui = await startGui();
  const own = gui.url.replace(/\/$/, "");
  try {
    const client = await connectClient(gui.url, { page: "a" });
    assert.is((await upload(gui, client, uploadForm(["a.txt"]), "https://evil.example")).status, 403);
    assert.is((await upload(gui, client, uploadForm(["a.txt"]))).status, 403, "a POST without Origin");
    assert.is((await upload(gui, client, uploadForm(["a.txt"], 2048), own)).status, 413, "over maxFileSize");
    assert.is((await upload(gui, client, uploadForm(["a.txt", "b.txt", "c.txt"]), own)).status, 413);
    assert.is((await readState(gui, client)).files, null, "nothing was stored");

    const names = ["../../etc/passwd", "..\\..\\windows\\win.ini"];
    const accepted = await upload(gui, client, uploadForm(names), ALLOWED);
    assert.is(accepted.status, 200);
    const stored = await invokeCallback(gui, client.welcome.stateId, (state) => state.files, []);
    assert.ok(Array.isArray(stored));
    assert.equal((stored as UploadedFile[]).map((file) => file.name), ["passwd", "win.ini"]);
    await client.close();
  } finally {
    await gui.stop();
  }
});

test("the server serves no file of the project: traversal and unknown download tokens get 404", async () => {
  const gui = await startGui();
  const port = Number(new URL(gui.url).port);
  try {
    const paths = [
      "/package.json",
      "/../package.json",
      "/_tapir/../../package.json",
      "/%2e%2e/package.json",
      "/%2e%2e%2fpackage.json",
      "/_tapir/%2e%2e%2f%2e%2e%2fpackage.json",
      "/_tapir/..%2f..%2fpackage.json",
      "/%252e%252e%252fpackage.json",
      "/..%5cpackage.json",
      "/_tapir/..%5c..%5cpackage.json",
      "/gui/gui.ts",
      "/_tapir/download/" + crypto.randomUUID(),
      "/_tapir/download/" + crypto.randomUUID() + "/package.json",
      "/_tapir/table-csv/" + crypto.randomUUID(),
      "/%E0%A4%A",
      "/%",
    ];
    for (const path of paths) {
      const response = await rawGet(port, path);
      assert.is(response.status, 404, `GET ${path}`);
      assert.not.match(response.body, /"name": "tapir"|import /, `GET ${path} leaked a file`);
    }
  } finally {
    await gui.stop();
  }
});

test("pages carry their content type, frame options and a content security policy", async () => {
  const gui = await startGui();
  try {
    const response = await fetch(gui.url + "a");
    await response.text();
    assert.match(response.headers.get("content-type") ?? "", /^text\/html; charset=utf-8/i);
    assert.is(response.headers.get("x-frame-options"), "DENY");
    assert.is(response.headers.get("x-content-type-options"), "nosniff");
    const policy = response.headers.get("content-security-policy") ?? "";
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"]) {
      assert.ok(policy.includes(directive), `the policy has ${directive}`);
    }
    assert.not.ok(/script-src[^;]*'unsafe-inline'/.test(policy), "no inline scripts");
  } finally {
    await gui.stop();
  }
});

test("the secret never appears in the server's output, whatever the tab does", async () => {
  const captured: string[] = [];
  const methods = ["log", "info", "warn", "error", "debug"] as const;
  const originals = methods.map((name) => console[name]);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => void captured.push(args.map((arg) => format(arg)).join(" "));
  }
  const stateIds: string[] = [];
  const gui = new Gui<{ level: number }>({
    page: "<|{level}|number|>\n\n<|Fail|button|on_action=fail|>\n\n<|{level / missing()}|>",
    state: { level: 1 },
    onInit: (state) => void stateIds.push(getStateId(state)),
    functions: {
      fail: () => {
        throw new Error("boom");
      },
      missing: () => {
        throw new Error("evaluation failed");
      },
    },
  });
  try {
    await gui.run({ port: 0 });
    const client = await connectClient(gui.url);
    const secret = client.welcome.secret;
    client.send({ type: "action", element: 1 });
    client.send({ type: "update", key: "level", value: "bad" });
    client.client.sendRaw("{not json");
    client.send({
      type: "hello",
      page: "/",
      resume: { stateId: client.welcome.stateId, secret, lastSeq: 0 },
    });
    await eventually(() => client.received.length >= 4, "an answer to every frame");
    await client.close();
    const again = await connectClient(gui.url, {
      resume: { stateId: client.welcome.stateId, secret, lastSeq: 0 },
    });
    await again.close();
    await delay(50);
    assert.ok(captured.length > 0, "the server did log (the failing callback)");
    for (const line of captured) assert.not.ok(line.includes(secret), `a log line holds the secret: ${line}`);
  } finally {
    methods.forEach((name, index) => (console[name] = originals[index] ?? console.log));
    await gui.stop();
  }
});

function format(value: unknown): string {
  if (value instanceof Error) return `${value.message}\n${value.stack ?? ""}`;
  try {
    return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

test.run();
