/**
 * An onException that logs the error and then rethrows it (sync, or by rejecting) on the paths besides
 * actions: onInit and invokeCallback. The rethrow must be logged as onException's own failure, the tab
 * told, the caller of invokeCallback given the function's error, and nothing else harmed: no unhandled
 * rejection, other tabs and later calls go on.
 */
import process from "node:process";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, invokeCallback } from "../../mod.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import { connectClient, eventually } from "../helpers/test_client.ts";

type AppState = { a: number; failInit: boolean };

const isFailure = (name: string) => (message: ServerMessage) =>
  message.type === "error" && message.code === "callback-failed" && message.message.includes(`"${name}"`);

/** Runs `body` with console.error and unhandled rejections recorded, then restores them. */
async function watched(body: (logged: string[], unhandled: unknown[]) => Promise<void>): Promise<void> {
  const logged: string[] = [];
  const unhandled: unknown[] = [];
  const original = console.error;
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
  process.on("unhandledRejection", onUnhandled);
  try {
    await body(logged, unhandled);
  } finally {
    console.error = original;
    process.off("unhandledRejection", onUnhandled);
  }
}

for (const mode of ["throws", "rejects"] as const) {
  const startGui = async () => {
    const gui = new Gui<AppState>({
      page: "<|{a}|>",
      state: { a: 0, failInit: true },
      onInit: (state) => {
        state.a = 1;
        if (state.failInit) throw new Error("init failed");
      },
      onException: (_state, name, error) => {
        console.error(`app log: ${name} failed`);
        if (mode === "throws") throw error;
        return Promise.reject(error);
      },
    });
    await gui.run({ port: 0, quiet: true });
    return gui;
  };

  test(`an onException that logs and ${mode} again during onInit: logged, the tab welcomed and told`, async () => {
    await watched(async (logged, unhandled) => {
      const gui = await startGui();
      try {
        const client = await connectClient(gui.url);
        assert.is(client.welcome.values["a"], 1, "what onInit assigned");
        await client.waitFor(isFailure("onInit"));
        await eventually(
          () => logged.some((line) => line.includes('onException itself failed while handling "onInit"')),
          "the rethrow logged as onException's own failure",
        );
        assert.ok(logged.includes("app log: onInit failed"));
        // The server goes on: a second tab is welcomed, and its state serves calls.
        const other = await connectClient(gui.url);
        const a = await invokeCallback(gui, other.welcome.stateId, (state) => state.a, []);
        assert.is(a, 1);
        assert.equal(unhandled, []);
        await Promise.all([client.close(), other.close()]);
      } finally {
        await gui.stop();
      }
    });
  });

  test(`an onException that logs and ${mode} again during invokeCallback: the caller gets the function's error`, async () => {
    await watched(async (logged, unhandled) => {
      const gui = await startGui();
      try {
        const client = await connectClient(gui.url);
        await client.waitFor(isFailure("onInit"));
        const failure = new Error("background failure");
        let caught: unknown;
        await invokeCallback(gui, client.welcome.stateId, function refresh(state) {
          state.a = 5;
          throw failure;
        }, []).catch((error) => (caught = error));
        assert.is(caught, failure, "the function's own error, not a second one");
        await client.waitFor(isFailure("refresh"));
        await eventually(() => client.values["a"] === 5, "what the function assigned");
        await eventually(
          () => logged.some((line) => line.includes('onException itself failed while handling "refresh"')),
          "the rethrow logged as onException's own failure",
        );
        const after = await invokeCallback(gui, client.welcome.stateId, (state) => (state.a = 7), []);
        assert.is(after, 7, "later calls go on");
        assert.equal(unhandled, []);
        await client.close();
      } finally {
        await gui.stop();
      }
    });
  });
}

test.run();
