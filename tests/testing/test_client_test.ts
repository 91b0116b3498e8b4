/**
 * The testing API's scripted tab fails fast, with a clear message, when the welcome does not come:
 * before, it awaited the welcome for good and a broken welcome showed as a test hung for minutes.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui } from "../../mod.ts";
import { startTestGui } from "../../gui/testing.ts";
import { connectClient } from "../helpers/test_client.ts";

type AppState = { x: number };

/** A Gui whose welcome never comes: its onInit never settles. */
function neverWelcomes(): Gui<AppState> {
  return new Gui<AppState>({ page: "<|{x}|>", state: { x: 1 }, onInit: () => new Promise<never>(() => {}) });
}

/** How `promise` failed; fails the test if it resolves, or if it neither settles nor fails within 5 s. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<"hung">((resolve) => timer = setTimeout(() => resolve("hung"), 5000));
  let outcome: unknown;
  try {
    outcome = await Promise.race([promise, guard]);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  } finally {
    clearTimeout(timer);
  }
  throw new Error(outcome === "hung" ? "connect still waits for the welcome after 5 s" : "connect resolved");
}

test("TestClient.connect rejects, naming the page, when no welcome comes within welcomeTimeoutMs", async () => {
  const app = await startTestGui(neverWelcomes());
  try {
    const error = await rejection(app.connect("/", { welcomeTimeoutMs: 200 }));
    assert.match(error.message, 'No welcome within 200 ms of the hello for page "/"');
  } finally {
    await app.stop();
  }
});

test("the server tests' connectClient fails the same way instead of hanging", async () => {
  const app = await startTestGui(neverWelcomes());
  try {
    const error = await rejection(connectClient(app.gui.url, { welcomeTimeoutMs: 200 }));
    assert.match(error.message, "No welcome within 200 ms");
  } finally {
    await app.stop();
  }
});

test("TestClient.connect still welcomes a healthy page", async () => {
  const app = await startTestGui(new Gui<AppState>({ page: "<|{x}|>", state: { x: 1 } }));
  try {
    const client = await app.connect("/", { welcomeTimeoutMs: 2000 });
    assert.is(client.welcome.type, "welcome");
  } finally {
    await app.stop();
  }
});

test.run();
