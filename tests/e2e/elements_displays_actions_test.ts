/** Browser tests of the display elements that act: menu, login and chat. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { stateIdOf, waitForText } from "./open_tab.ts";

type Message = [string, string, string];

const page = `
<|menu|lov={pages}|label=Go to|inactive_ids={inactive}|width=240px|on_action=choose|id=nav|>

Chosen: <|{chosen}|id=chosen|>

<|Welcome back|login|message={loginMessage}|on_action=logIn|id=login|>

<|{messages}|chat|users={users}|sender_id=ada|page_size=3|on_action=send|id=chat|>

<|{messages}|chat|not with_input|id=chat-ro|>
`;

const initial = {
  pages: ["Home", ["rep", "Reports"], "Admin"] as Array<string | [string, string]>,
  inactive: ["Admin"],
  chosen: "",
  loginMessage: "",
  loggedIn: "",
  messages: [
    ["1", "Hi", "bob"],
    ["2", "Hello Bob", "ada"],
    ["3", "How are you?", "bob"],
    ["4", "<b>Fine</b>", "ada"],
  ] as Message[],
  users: [["bob", "Bob"], ["ada", "Ada"]],
  lastPayload: null as unknown,
};
type AppState = typeof initial;

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: initial,
    functions: {
      choose: (state: State<AppState>, _id: unknown, payload: { id: string; args: string[] }) => {
        state.lastPayload = payload;
        state.chosen = payload.args[0] ?? "";
      },
      logIn: (state: State<AppState>, _id: unknown, payload: { user: string; password: string }) => {
        state.lastPayload = payload;
        if (payload.password === "secret") state.loggedIn = payload.user;
        else state.loginMessage = `Wrong password for ${payload.user}`;
      },
      send: (state: State<AppState>, _id: unknown, payload: { text: string; senderId: string }) => {
        state.lastPayload = payload;
        state.messages = [...state.messages, [
          String(state.messages.length + 1),
          payload.text,
          payload.senderId,
        ]];
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

async function open(): Promise<{ tab: Page; stateId: string; errors: string[] }> {
  const tab = await browser.newPage();
  const errors = collectPageErrors(tab);
  await tab.goto(gui.url);
  await tab.waitForFunction(() => document.querySelectorAll("#chat .tp-chat-message").length > 0);
  return { tab, stateId: await stateIdOf(tab), errors };
}

const read = <K extends keyof AppState>(stateId: string, name: K): Promise<AppState[K]> =>
  invokeCallback(gui, stateId, (state: State<AppState>) => state[name], []);

/** Reads a variable once `ready` holds for it (an action's callback runs after the click returns). */
async function readWhen<K extends keyof AppState>(
  stateId: string,
  name: K,
  ready: (value: AppState[K]) => boolean,
): Promise<AppState[K]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await read(stateId, name);
    if (ready(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return read(stateId, name);
}

const unexpected = (errors: string[]) => errors.filter((error) => !error.includes("404"));

test("menu opens, skips inactive entries, sends the chosen id, and follows its list", async () => {
  const { tab, stateId, errors } = await open();
  const toggle = tab.locator("#nav .tp-menu-toggle");
  assert.is(await toggle.getAttribute("aria-expanded"), "false");
  assert.is(await tab.getByRole("navigation", { name: "Go to" }).count(), 1);
  assert.not.ok(await tab.locator("#nav .tp-menu-items").isVisible(), "folded at first");
  await toggle.click();
  assert.is(await toggle.getAttribute("aria-expanded"), "true");
  assert.is(await tab.locator("#nav nav").evaluate((nav) => (nav as HTMLElement).style.width), "240px");
  assert.ok(await tab.getByRole("button", { name: "Admin" }).isDisabled());
  await tab.getByRole("button", { name: "Reports" }).click();
  await waitForText(tab, "#chosen", "rep");
  assert.equal(await read(stateId, "lastPayload"), { id: "rep", args: ["rep"] });
  await invokeCallback(gui, stateId, (state: State<AppState>) => {
    state.pages = [...state.pages, "Help"];
    state.inactive = [];
  }, []);
  await tab.getByRole("button", { name: "Help" }).click();
  await waitForText(tab, "#chosen", "Help");
  assert.ok(await tab.getByRole("button", { name: "Admin" }).isEnabled());
  await tab.keyboard.press("Escape");
  assert.is(await toggle.getAttribute("aria-expanded"), "false");
  assert.equal(unexpected(errors), []);
  await tab.close();
});

test("login sends user and password on Enter and shows the server's message", async () => {
  const { tab, stateId } = await open();
  const form = tab.getByRole("form", { name: "Welcome back" });
  await form.getByLabel("User name").fill("ada");
  await form.getByLabel("Password").fill("guess");
  await form.getByLabel("Password").press("Enter");
  await waitForText(tab, "#login .tp-login-message", "Wrong password for ada");
  const payload = await read(stateId, "lastPayload");
  assert.equal(payload, { user: "ada", password: "guess", args: ["ada", "guess", "/"] });
  await form.getByLabel("Password").fill("secret");
  await form.getByRole("button", { name: "Log in" }).click();
  assert.is(await readWhen(stateId, "loggedIn", (user) => user !== ""), "ada");
  await tab.close();
});

test("chat shows the newest page of messages as text, and earlier ones on demand", async () => {
  const { tab } = await open();
  const shown = tab.locator("#chat .tp-chat-message");
  assert.is(await shown.count(), 3, "page_size=3 shows the newest three");
  assert.is(await tab.getByRole("log", { name: "Messages" }).count(), 2);
  assert.is(
    await tab.locator("#chat .tp-chat-message").last().locator(".tp-chat-text").innerText(),
    "<b>Fine</b>",
  );
  assert.is(await tab.locator("#chat b").count(), 0, "message text is never HTML");
  assert.ok(
    await tab.locator("#chat .tp-chat-message").last().evaluate((node) =>
      node.classList.contains("tp-chat-own")
    ),
  );
  assert.is(await tab.locator("#chat .tp-chat-other .tp-chat-sender").first().innerText(), "Bob");
  await tab.getByRole("button", { name: "Show earlier messages" }).click();
  assert.is(await shown.count(), 4);
  assert.is(await tab.locator("#chat-ro input").count(), 0, "with_input=false: no field");
  assert.is(await tab.locator("#chat-ro .tp-chat-message").count(), 4);
  await tab.close();
});

test("chat sends a message on Enter and on Send, and shows messages pushed by the server", async () => {
  const { tab, stateId } = await open();
  const field = tab.locator("#chat input[name=message]");
  await field.fill("Typed with Enter");
  await field.press("Enter");
  await waitForText(tab, "#chat .tp-chat-message:last-child .tp-chat-text", "Typed with Enter");
  assert.is(await field.inputValue(), "", "the field is emptied once sent");
  assert.equal(await read(stateId, "lastPayload"), {
    text: "Typed with Enter",
    senderId: "ada",
    args: ["Enter", "messages", "Typed with Enter", "ada"],
  });
  await field.fill("Sent with the button");
  await tab.locator("#chat").getByRole("button", { name: "Send" }).click();
  await waitForText(tab, "#chat .tp-chat-message:last-child .tp-chat-text", "Sent with the button");
  assert.equal((await read(stateId, "lastPayload") as { args: string[] }).args[0], "click");
  await invokeCallback(gui, stateId, (state: State<AppState>) => {
    state.messages = [...state.messages, ["99", "Pushed by the server", "bob"]];
  }, []);
  await waitForText(tab, "#chat-ro .tp-chat-message:last-child .tp-chat-text", "Pushed by the server");
  // Newest at the bottom: the log scrolled down to it.
  const atBottom = await tab.locator("#chat .tp-chat-messages").evaluate((log) =>
    Math.abs(log.scrollHeight - log.clientHeight - log.scrollTop) < 2
  );
  assert.ok(atBottom);
  await tab.close();
});

test.run();
