/**
 * A connection's hello: finds the state its ticket names (or creates one and runs onInit), decides which
 * page the tab may have open (onNavigate, see PageRouter.open) and only then welcomes it, so that no value
 * of a page the tab may not see is ever sent.
 */
import type { WSContext } from "hono/ws";
import type { HelloMessage, ServerMessage, WelcomeMessage } from "../protocol/messages.ts";
import type { ClientSession } from "./client_session.ts";
import type { Channel } from "./outbox.ts";
import type { OpenedPage } from "./page_router.ts";
import { CLOSE_LIMIT, CLOSE_REPLACED, type SocketEndpointDependencies } from "./socket_endpoint.ts";
import { afterWelcome } from "./after_welcome.ts";
import { ResourceLimitError } from "./resource_limit_error.ts";


/**
 * Opens the tab's session for `hello` and welcomes it; undefined (after an error message) when it cannot.
 *
 * @example
 * ```ts
 * session = await openSession(dependencies, hello, channel, ws);
 * ```
 */
export async function openSession<S extends object>(
  dependencies: SocketEndpointDependencies<S>,
  hello: HelloMessage,
  channel: Channel,
  ws: WSContext,
): Promise<ClientSession<S> | undefined> {
  const { context, registry, runner } = dependencies;
  const send = (message: ServerMessage) => ws.send(JSON.stringify(message));
  if (context.router.views.resolve(hello.page) === undefined) {
    send({ type: "error", code: "bad-message", message: `no page "${hello.page}"` });
    return undefined;
  }
  let session = registry.findResumable(hello);
  const resumed = session !== undefined;
  if (session !== undefined) {
    // Its retention clock stops now, so that it cannot expire while onNavigate runs.
    registry.cancelExpiry(session);
  } else {
    try {
      session = registry.create();
    } catch (error) {
      if (!(error instanceof ResourceLimitError)) throw error;
      send({ type: "error", code: "limit", message: error.message });
      ws.close(CLOSE_LIMIT, error.limit);
      return undefined;
    }
    const onInit = context.callbacks.onInit;
    const proxy = session.state.proxy;
    if (onInit !== undefined) await runner.run(proxy, session, "onInit", () => onInit(proxy));
  }
  // Before the welcome: onNavigate decides which page's values the tab may have.
  const opened = await context.router.open(session, hello);
  if (opened === undefined) {
    send({ type: "error", code: "bad-message", message: `no page "${hello.page}"` });
    return undefined;
  }
  // Only now that nothing is awaited before the welcome: the tab's older connection, if any, gives way.
  // (Closed earlier, its close could detach the session after this one attached and start its expiry.)
  registry.cancelExpiry(session);
  if (resumed && session.outbox.channel !== channel) {
    session.outbox.channel?.close(CLOSE_REPLACED, "the tab reconnected");
  }
  session.instance = hello.instance;
  const lastSeq = opened.fresh ? -1 : hello.resume?.lastSeq ?? -1;
  welcome(session, channel, lastSeq, {
    resumed: hello.resume !== undefined && session.id === hello.resume.stateId,
    opened,
  });
  afterWelcome(session, context);
  await context.router.pageOpened(session, opened);
  return session;
}

/**
 * Attaches the channel and brings the tab up to date: missed patches in order, or a full snapshot of the
 * page it was allowed, with that page's view when the tab does not show it yet.
 */
function welcome<S extends object>(
  session: ClientSession<S>,
  channel: Channel,
  lastSeq: number,
  options: { resumed: boolean; opened: OpenedPage },
): void {
  const outbox = session.outbox;
  const missed = outbox.attach(channel, lastSeq);
  const { resumed, opened } = options;
  const message: WelcomeMessage = {
    type: "welcome",
    stateId: session.id,
    secret: session.secret,
    seq: lastSeq,
    values: {},
    resumed,
    page: opened.page,
    ...(opened.view === undefined ? {} : { view: opened.view }),
  };
  if (missed === undefined) {
    const values = session.snapshot();
    outbox.clearPending();
    outbox.recordSent(values);
    channel.send(JSON.stringify({ ...message, seq: outbox.seq, values }));
  } else {
    channel.send(JSON.stringify(message));
    for (const patch of missed) channel.send(patch);
  }
  outbox.resume();
}
