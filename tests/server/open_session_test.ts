/**
 * openSession() on its own: what a hello gets when the server cannot give it a state (a resource limit),
 * with a registry whose create() refuses, as it does past its limit of states alive.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { WSContext } from "hono/ws";
import { compilePage } from "../../gui/page/compile_page.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import { CallbackRunner } from "../../gui/server/callback_runner.ts";
import type { ClientSession } from "../../gui/server/client_session.ts";
import type { GuiCallbacks } from "../../gui/server/gui_callbacks.ts";
import type { GuiContext } from "../../gui/server/gui_context.ts";
import { openSession } from "../../gui/server/open_session.ts";
import { CLOSE_LIMIT } from "../../gui/server/socket_endpoint.ts";
import { PageRouter } from "../../gui/server/page_router.ts";
import { PageViews } from "../../gui/server/page_views.ts";
import { ResourceLimitError } from "../../gui/server/resource_limit_error.ts";
import { DEFAULT_LIMITS } from "../../gui/server/server_limits.ts";
import { SessionRegistry } from "../../gui/server/session_registry.ts";

type AppState = { x: number };

/** A registry at its limit: every create() is refused. */
class FullRegistry extends SessionRegistry<AppState> {
  override create(): ClientSession<AppState> {
    throw new ResourceLimitError(
      "maxStates",
      "the server holds 2 states, its limit (maxStates); try again later",
    );
  }
}

async function contextOf(callbacks: GuiCallbacks<AppState>): Promise<GuiContext<AppState>> {
  const views = new PageViews(
    { "/": "<|{x}|>" },
    (page, text, extra) =>
      compilePage(String(text), { page, variables: new Set(["x"]), functions: new Set(), ...extra }),
  );
  views.compileGiven();
  await views.load(() => Promise.reject(new Error("no files")));
  const runner = new CallbackRunner<AppState>(callbacks);
  return {
    pages: views.views,
    router: new PageRouter<AppState>(views, callbacks, runner),
    functions: {},
    callbacks,
    initialValues: () => ({ x: 1 }),
    stateRetentionMs: 1000,
    title: "test",
    limits: DEFAULT_LIMITS,
  };
}

test("a hello the server has no room for gets a limit error and its socket is closed", async () => {
  const inits: number[] = [];
  const context = await contextOf({ onInit: () => void inits.push(1) });
  const runner = new CallbackRunner<AppState>(context.callbacks);
  const registry = new FullRegistry(context, runner);
  const sent: ServerMessage[] = [];
  const closed: [number | undefined, string | undefined][] = [];
  const ws = new WSContext({
    send: (data) => void sent.push(JSON.parse(String(data)) as ServerMessage),
    close: (code, reason) => void closed.push([code, reason]),
    readyState: 1,
  });
  const channel = { send: () => {}, bufferedAmount: () => 0, close: () => {} };
  const session = await openSession({ context, registry, runner }, { type: "hello", page: "/" }, channel, ws);
  assert.is(session, undefined);
  assert.equal(sent, [{
    type: "error",
    code: "limit",
    message: "the server holds 2 states, its limit (maxStates); try again later",
  }]);
  assert.equal(closed, [[CLOSE_LIMIT, "maxStates"]]);
  assert.equal(inits, [], "no onInit without a state");
});

test.run();
