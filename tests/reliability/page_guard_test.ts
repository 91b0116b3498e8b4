/**
 * A page guarded by onNavigate (redirect "admin" to "home" unless the user is an admin) protects the page:
 * on every way a tab comes to a page (hello, reload, reconnection, navigate, refresh) the server decides
 * before it sends any value, and the page the tab may write into and trigger is the one it was allowed.
 * Checked over a raw socket, frame by frame, and against the state as the server holds it.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { SOCKET_PATH } from "../../gui/protocol/messages.ts";
import { delay, eventually } from "../helpers/test_client.ts";
import { openRawWebSocket, type RawWebSocket } from "./raw_web_socket.ts";

type AppState = {
  greeting: string;
  secretCode: string;
  limit: number;
  isAdmin: boolean;
  broken: boolean;
  purged: number;
};

const SECRET = "s3cr3t-admin-code";

// home: 0 text, 1 button. admin: 0 text (the secret), 1 number (two-way), 2 button.
const pages = {
  home: "# Home\n\n<|{greeting}|>\n\n<|Hi|button|on_action=hi|>\n",
  admin: "# Admin panel\n\n<|{secretCode}|>\n\n<|{limit}|number|>\n\n<|Purge|button|on_action=purge|>\n",
};

const HOME_VALUES = { greeting: "hello" };
const ADMIN_KEYS = ["secretCode", "limit"];

let gui: Gui<AppState>;
const pageLoads: string[] = [];

test.before(async () => {
  gui = new Gui<AppState>({
    pages,
    state: { greeting: "hello", secretCode: SECRET, limit: 5, isAdmin: false, broken: false, purged: 0 },
    onNavigate: (state, page) => {
      if (page === "admin" && state.broken) throw new Error("the user service is down");
      return page === "admin" && !state.isAdmin ? "home" : undefined;
    },
    onPageLoad: (_state, page) => void pageLoads.push(page),
    // The throwing guard is on purpose: keep the log quiet.
    onException: () => {},
    functions: {
      hi: (state: State<AppState>) => void (state.greeting = "hi"),
      purge: (state: State<AppState>) => void (state.purged += 1),
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await gui.stop();
});

type Message = Record<string, unknown>;

/** A tab on a raw socket that keeps every frame it read, to check that no secret ever went out. */
interface RawTab {
  welcome: Message;
  frames: string[];
  send(message: object): Promise<void>;
  /** Reads frames until one matches; fails after 3 s without one. */
  next(match: (message: Message) => boolean): Promise<Message>;
  close(): void;
}

async function rawTab(hello: object): Promise<RawTab> {
  const socket: RawWebSocket = await openRawWebSocket(
    new URL(SOCKET_PATH, gui.url.replace(/^http/, "ws")).href,
  );
  const frames: string[] = [];
  const next = async (match: (message: Message) => boolean): Promise<Message> => {
    for (;;) {
      const text = await socket.nextMessage(3000);
      if (text === undefined) throw new Error(`no matching message; received:\n${frames.join("\n")}`);
      frames.push(text);
      const message = JSON.parse(text) as Message;
      if (match(message)) return message;
    }
  };
  await socket.sendText(JSON.stringify({ type: "hello", instance: crypto.randomUUID(), ...hello }));
  const welcome = await next((message) => message.type === "welcome");
  return {
    welcome,
    frames,
    send: (message) => socket.sendText(JSON.stringify(message)),
    next,
    close: () => socket.close(),
  };
}

const isError = (code: string) => (message: Message) => message.type === "error" && message.code === code;
const isPage = (id: number) => (message: Message) => message.type === "page" && message.id === id;

const readState = (stateId: string) =>
  invokeCallback(gui, stateId, (state) => JSON.parse(JSON.stringify(state)) as AppState, []);

const ticketOf = (welcome: Message, lastSeq: number) => ({
  stateId: welcome.stateId,
  secret: welcome.secret,
  lastSeq,
});

function assertNothingOfAdmin(tab: RawTab, what: string): void {
  for (const frame of tab.frames) {
    assert.not.ok(frame.includes(SECRET), `${what}: a frame holds the admin secret: ${frame}`);
    assert.not.ok(frame.includes("Admin panel"), `${what}: a frame holds the admin page: ${frame}`);
  }
}

/** An update of admin's number and an action of admin's button, both refused, and the state unchanged. */
async function assertAdminRefused(tab: RawTab): Promise<void> {
  const stateId = String(tab.welcome.stateId);
  const before = await readState(stateId);
  await tab.send({ type: "update", key: "limit", value: 99 });
  await tab.next(isError("unknown-binding"));
  await tab.send({ type: "action", element: 2 });
  await tab.next(isError("unknown-element"));
  const after = await readState(stateId);
  assert.is(after.limit, before.limit, "admin's number was not written");
  assert.is(after.purged, before.purged, "admin's button did not fire");
}

test("a hello for a guarded page is welcomed on the page allowed, with none of the guarded page's values", async () => {
  pageLoads.length = 0;
  const tab = await rawTab({ page: "admin" });
  for (const key of ADMIN_KEYS) assert.not.ok(key in (tab.welcome.values as Message), `no value of "${key}"`);
  assert.equal(tab.welcome.values, HOME_VALUES, "the values of home, and only those");
  await assertAdminRefused(tab);
  assertNothingOfAdmin(tab, "hello");
  await eventually(() => pageLoads.length > 0, "onPageLoad");
  assert.equal(pageLoads, ["home"], "the page loaded is home");
  assert.is(tab.welcome.page, "home", "the tab is told which page it is on");
  const view = tab.welcome.view as { page: string; slots: string[] } | undefined;
  assert.is(view?.page, "home", "the view to show is home's");
  tab.close();
});

test("the document of a guarded page holds nothing of it", async () => {
  const response = await fetch(new URL("/admin", gui.url));
  const html = await response.text();
  assert.is(response.status, 200);
  for (const text of [SECRET, "Admin panel", "secretCode", "Purge", "tp-number"]) {
    assert.not.ok(html.includes(text), `the document holds "${text}"`);
  }
});

test("navigate to a guarded page is answered with the page allowed", async () => {
  const tab = await rawTab({ page: "home" });
  await tab.send({ type: "navigate", id: 1, page: "admin" });
  const page = await tab.next(isPage(1));
  assert.is(page.page, "home");
  assert.equal(page.values, HOME_VALUES);
  await assertAdminRefused(tab);
  assertNothingOfAdmin(tab, "navigate");
  tab.close();
});

test("navigate with refresh to a guarded page asks onNavigate too", async () => {
  const tab = await rawTab({ page: "home" });
  await tab.send({ type: "navigate", id: 1, page: "admin", refresh: true });
  const page = await tab.next(isPage(1));
  assert.is(page.page, "home");
  assert.equal(page.values, HOME_VALUES);
  await assertAdminRefused(tab);
  assertNothingOfAdmin(tab, "refresh");
  tab.close();
});

test("a reconnection or a reload that names a guarded page gets the page allowed", async () => {
  const first = await rawTab({ page: "home" });
  first.close();
  for (const lastSeq of [Number(first.welcome.seq), -1]) {
    const tab = await rawTab({ page: "admin", resume: ticketOf(first.welcome, lastSeq) });
    assert.is(tab.welcome.stateId, first.welcome.stateId, "the same state");
    await assertAdminRefused(tab);
    assertNothingOfAdmin(tab, `resume from ${lastSeq}`);
    assert.equal(tab.welcome.values, HOME_VALUES, `lastSeq ${lastSeq}: a snapshot of home`);
    assert.is(tab.welcome.page, "home", `lastSeq ${lastSeq}: the tab is on home`);
    tab.close();
  }
});

test("a guard that throws keeps the tab out of the page", async () => {
  const tab = await rawTab({ page: "home" });
  const stateId = String(tab.welcome.stateId);
  await invokeCallback(gui, stateId, (state) => void (state.broken = true), []);
  await tab.send({ type: "navigate", id: 1, page: "admin" });
  const page = await tab.next(isPage(1));
  assert.is(page.page, "home", "the tab stays where it was");
  await assertAdminRefused(tab);
  assertNothingOfAdmin(tab, "a throwing guard");
  tab.close();
});

test("an admin gets the guarded page on every path, and may use it", async () => {
  const first = await rawTab({ page: "home" });
  const stateId = String(first.welcome.stateId);
  await invokeCallback(gui, stateId, (state) => void (state.isAdmin = true), []);
  await first.send({ type: "navigate", id: 1, page: "admin" });
  const page = await first.next(isPage(1));
  assert.is(page.page, "admin");
  assert.equal(page.values, { secretCode: SECRET, limit: 5 });
  first.close();
  // A reload of /admin: the guard allows it before the welcome, which brings admin's view.
  const reloaded = await rawTab({ page: "admin", resume: ticketOf(first.welcome, -1) });
  assert.is(reloaded.welcome.page, "admin");
  assert.equal(reloaded.welcome.values, { secretCode: SECRET, limit: 5 });
  assert.is((reloaded.welcome.view as { page?: string } | undefined)?.page, "admin");
  await reloaded.send({ type: "update", key: "limit", value: 7 });
  await reloaded.send({ type: "action", element: 2 });
  let state = await readState(stateId);
  for (let tries = 0; tries < 300 && state.purged === 0; tries++) {
    await delay(10);
    state = await readState(stateId);
  }
  assert.is(state.limit, 7);
  assert.is(state.purged, 1);
  await reloaded.send({ type: "navigate", id: 2, page: "admin", refresh: true });
  assert.is((await reloaded.next(isPage(2))).page, "admin");
  reloaded.close();
});

test.run();
