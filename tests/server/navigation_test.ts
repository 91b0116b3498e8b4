import { test } from "uvu";
import * as assert from "uvu/assert";
import { getStateId, Gui, invokeCallback, navigate, type State, TemplateSyntaxError } from "../../mod.ts";
import type { PagePartial } from "../../mod.ts";
import type { GoMessage, PageMessage, ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient, delay, eventually, type TestClient } from "../helpers/test_client.ts";

type AppState = { count: number; name: string; loggedIn: boolean };

const root =
  "# App\n\n<|navbar|id=nav|>\n\nTotal: <|{count}|id=total|>\n\n<|content|>\n\n<|part|partial=footer|>\n";
const pages = {
  "/": root,
  home: "## Home\n\n<|Add|button|on_action=add|id=add|>\n",
  about: "## About\n\n<|{name}|input|id=name|>\n\n<|Go home|button|on_action=goHome|>\n",
  secret: "## Secret\n",
  login: "## Login <|{name}|>\n",
  "docs/intro": "## Intro\n",
};

const navigations: [string, Record<string, string>][] = [];
const loads: string[] = [];
const stateIds: string[] = [];
let footer: PagePartial;
let gui: Gui<AppState>;

test.before(async () => {
  gui = new Gui<AppState>({
    pages,
    state: { count: 0, name: "ada", loggedIn: false },
    onInit: (state) => void stateIds.push(getStateId(state)),
    onNavigate: (state, page, params) => {
      navigations.push([page, params]);
      return page === "secret" && !state.loggedIn ? "login" : undefined;
    },
    onPageLoad: (_state, page) => void loads.push(page),
    // Two tests make callbacks fail on purpose: keep the log quiet.
    onException: () => {},
    functions: {
      add: (state: State<AppState>) => void (state.count += 1),
      goHome: (state: State<AppState>) => navigate(state, "home", { from: "about" }),
    },
  });
  footer = gui.addPartial("footer", "Footer: <|{count}|id=footer-count|>");
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await gui.stop();
});

let nextId = 1;

async function navigateTo(client: TestClient, page: string, extra: object = {}): Promise<PageMessage> {
  const id = nextId++;
  client.send({ type: "navigate", id, page, ...extra });
  return await client.waitFor((message) => message.type === "page" && message.id === id) as PageMessage;
}

const isGo = (message: ServerMessage): message is GoMessage => message.type === "go";

/** The same pages without onNavigate: their documents show the page itself. */
async function withPlainGui(check: (url: string) => Promise<void>): Promise<void> {
  const plain = new Gui<AppState>({
    pages,
    state: { count: 0, name: "ada", loggedIn: false },
    functions: { add: () => {}, goHome: () => {} },
  });
  plain.addPartial("footer", "Footer: <|{count}|id=footer-count|>");
  await plain.run({ port: 0, quiet: true });
  try {
    await check(plain.url);
  } finally {
    await plain.stop();
  }
}

test("a page load of /about serves the root page framing the about page", async () => {
  await withPlainGui(async (url) => {
    const response = await fetch(new URL("/about", url));
    const html = await response.text();
    assert.is(response.status, 200);
    assert.match(html, /<h1>App<\/h1>/);
    assert.match(html, /<div class="tapir-content" data-tp-slot="content"><h2>About<\/h2>/);
    assert.match(html, /<tp-navbar data-tp="0"/);
    assert.match(html, /<tp-input data-tp="3"/, "the page's elements come after the root's");
    assert.match(html, /<div class="tapir-partial" data-tp-slot="partial"><p>Footer: <tp-text data-tp="5"/);
    assert.not.match(html, /<p><(div|tp-part)/, "a slot alone on its line is not put in a paragraph");
    assert.not.match(html, /\u0000/, "no slot sentinel reaches the browser");
  });
});

test("/ shows the first page, an unknown page is a 404, nested names work", async () => {
  await withPlainGui(async (url) => {
    assert.match(await (await fetch(url)).text(), /"page":"home"/);
    assert.is((await fetch(new URL("/nope", url))).status, 404);
    assert.match(await (await fetch(new URL("/docs/intro", url))).text(), /<h2>Intro<\/h2>/);
  });
});

test("with an onNavigate, a page's document is the frame alone; the welcome brings the page", async () => {
  const response = await fetch(new URL("/about", gui.url));
  const html = await response.text();
  assert.is(response.status, 200);
  assert.match(html, /<h1>App<\/h1>/);
  assert.match(html, /<div class="tapir-content" data-tp-slot="content"><\/div>/, "an empty content slot");
  assert.not.match(html, /About|tp-input/, "nothing of the page");
  assert.match(html, /"page":"about"/, "the page the tab asks for in its hello");
  assert.is((await fetch(new URL("/nope", gui.url))).status, 404);
});

test("navigate answers with the page's slots, descriptor, scripts and values", async () => {
  const client = await connectClient(gui.url, { page: "home" });
  const page = await navigateTo(client, "about", { params: { tab: "2" } });
  assert.is(page.page, "about");
  assert.equal(page.params, { tab: "2" });
  assert.is(page.slots?.length, 2, "the content slot and the root's partial slot");
  assert.match(page.slots?.[0] ?? "", /<h2>About<\/h2>/);
  assert.equal(page.descriptor?.elements.map((element) => element.type), [
    "navbar",
    "text",
    "part",
    "input",
    "button",
    "text",
  ]);
  assert.equal(page.descriptor?.elements[0]?.props.lov, ["home", "about", "secret", "login", "docs/intro"]);
  assert.ok(page.scripts?.some((file) => file.startsWith("tp_input")), "the input's script is listed");
  assert.equal(page.values, { count: 0, name: "ada" });
  assert.equal(navigations.at(-1), ["about", { tab: "2" }]);
  await client.close();
});

test("after a navigation, actions and updates are read against the new page", async () => {
  const client = await connectClient(gui.url, { page: "about" });
  await navigateTo(client, "home");
  client.send({ type: "action", element: 3 });
  await client.waitFor((message) => message.type === "patch" && message.values.count === 1);
  client.send({ type: "update", key: "name", value: "grace" });
  // Home binds no name: the input of about is gone.
  await client.waitFor((message) => message.type === "error" && message.code === "unknown-binding");
  const about = await navigateTo(client, "about");
  assert.equal(about.values, { count: 1, name: "ada" }, "the same state on every page");
  await client.close();
});

test("onNavigate may redirect; onPageLoad runs for the page shown", async () => {
  const client = await connectClient(gui.url, { page: "home" });
  loads.length = 0;
  const page = await navigateTo(client, "secret", { params: { next: "x" } });
  assert.is(page.page, "login");
  assert.equal(page.params, {}, "a redirect drops the parameters");
  assert.match(page.slots?.[0] ?? "", /<h2>Login/);
  await eventually(() => loads.includes("login"), "onPageLoad");
  assert.not.ok(loads.includes("secret"));
  await client.close();
});

test("an unknown page is answered with an error, and / with the first page", async () => {
  const client = await connectClient(gui.url, { page: "about" });
  const unknown = await navigateTo(client, "nowhere");
  assert.ok(unknown.error?.includes("nowhere"));
  assert.is(unknown.slots, undefined);
  assert.is((await navigateTo(client, "/")).page, "home");
  await client.close();
});

test("a page load runs onNavigate before its welcome, which brings the page allowed and its view", async () => {
  loads.length = 0;
  const home = await connectClient(gui.url, { page: "home" });
  assert.is(home.welcome.page, "home");
  assert.match(home.welcome.view?.slots[0] ?? "", /<h2>Home<\/h2>/, "the neutral document is filled in");
  await eventually(() => loads.includes("home"), "onPageLoad of the loaded page");
  const client = await connectClient(gui.url, { page: "secret" });
  assert.is(client.welcome.page, "login");
  assert.is(client.welcome.view?.page, "login");
  assert.match(client.welcome.view?.slots[0] ?? "", /<h2>Login/);
  assert.equal(client.welcome.values, { count: 0, name: "ada" });
  await eventually(() => loads.includes("login"), "onPageLoad of the page shown");
  assert.not.ok(loads.includes("secret"));
  assert.not.ok(client.received.some(isGo), "no go: the tab is on login already");
  await Promise.all([home.close(), client.close()]);
});

test("navigate(state, ...) in a callback asks that tab alone to navigate", async () => {
  const client = await connectClient(gui.url, { page: "about" });
  const other = await connectClient(gui.url, { page: "about" });
  client.send({ type: "action", element: 4 });
  const go = await client.waitFor(isGo) as GoMessage;
  assert.equal(go, { type: "go", page: "home", params: { from: "about" } });
  await delay(50);
  assert.not.ok(other.received.some(isGo));
  let caught: unknown;
  await invokeCallback(gui, stateIds.at(-1) ?? "", (state) => navigate(state, "nope"), []).catch((
    error,
  ) => (caught = error));
  assert.match(String(caught), /Unknown page "nope"/);
  await Promise.all([client.close(), other.close()]);
});

test("partial.update changes the partial for one tab only", async () => {
  const first = await connectClient(gui.url, { page: "home" });
  const second = await connectClient(gui.url, { page: "home" });
  const [firstId, secondId] = stateIds.slice(-2);
  await invokeCallback(
    gui,
    firstId ?? "",
    (state) => footer.update(state, "New footer for <|{name}|id=who|>"),
    [],
  );
  const go = await first.waitFor(isGo) as GoMessage;
  assert.equal(go, { type: "go", page: "home", refresh: true });
  const page = await navigateTo(first, "home", { refresh: true });
  assert.match(page.slots?.[1] ?? "", /New footer for <tp-text data-tp="4"/);
  assert.equal(page.values, { count: 0, name: "ada" });
  await delay(50);
  assert.not.ok(second.received.some(isGo), "the other tab keeps the footer");
  const secondPage = await navigateTo(second, "home", { refresh: true });
  assert.match(secondPage.slots?.[1] ?? "", /Footer: /);
  let caught: unknown;
  await invokeCallback(gui, secondId ?? "", (state) => footer.update(state, "<|{nope}|>"), []).catch((
    error,
  ) => (caught = error));
  assert.instance(caught, TemplateSyntaxError);
  assert.match(String(caught), /Unknown variable "nope"/);
  await Promise.all([first.close(), second.close()]);
});

test("pages are checked: content outside the root, unknown partials, bad names", async () => {
  assert.throws(
    () => new Gui({ pages: { "/": "<|content|>", a: "<|content|>" }, state: {} }),
    (error: unknown) => error instanceof TemplateSyntaxError && error.page === "a",
  );
  const unknownPartial = new Gui({ pages: { "/": "<|part|partial=nav|>", a: "A" }, state: {} });
  let caught: unknown;
  await unknownPartial.run({ port: 0, quiet: true }).catch((error) => (caught = error));
  assert.instance(caught, TemplateSyntaxError);
  assert.match(String(caught), /Unknown partial "nav"/);
  assert.throws(() => new Gui({ pages: { "a b": "A" }, state: {} }), /page name "a b"/);
  assert.throws(
    () => new Gui({ page: "<|part|partial=x|\nhi\n|>", state: {} }),
    /either a partial or its own content/,
  );
});

test("onPageLoad runs for a reconnecting tab whose state had expired, not for one that resumes", async () => {
  const pageLoads: string[] = [];
  const app = new Gui({
    pages: { one: "One <|{x}|>" },
    state: { x: 1 },
    stateRetention: 100,
    onPageLoad: (state) => void pageLoads.push(getStateId(state)),
  });
  await app.run({ port: 0, quiet: true });
  try {
    const first = await connectClient(app.url, { page: "one" });
    const ticket = {
      stateId: first.welcome.stateId,
      secret: first.welcome.secret,
      lastSeq: first.welcome.seq,
    };
    await eventually(() => pageLoads.length === 1, "onPageLoad of the first load");
    const instance = crypto.randomUUID();
    await first.close();
    const resumed = await connectClient(app.url, { page: "one", resume: ticket, instance });
    assert.ok(resumed.welcome.resumed);
    await resumed.close();
    await delay(300);
    const fresh = await connectClient(app.url, { page: "one", resume: ticket, instance });
    assert.not.ok(fresh.welcome.resumed, "the state expired");
    await eventually(() => pageLoads.length === 2, "onPageLoad of the new state");
    assert.is(pageLoads[1], fresh.welcome.stateId);
    await fresh.close();
  } finally {
    await app.stop();
  }
});

test("a root page without <|content|> shows the page after its own content", async () => {
  const app = new Gui({ pages: { "/": "# Frame", one: "## One" }, state: {} });
  await app.run({ port: 0, quiet: true });
  try {
    const html = await (await fetch(new URL("/one", app.url))).text();
    assert.match(html, /<h1>Frame<\/h1>\n<div class="tapir-content" data-tp-slot="content"><h2>One<\/h2>/);
  } finally {
    await app.stop();
  }
});

test.run();
