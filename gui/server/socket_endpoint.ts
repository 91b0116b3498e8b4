/**
 * The WebSocket endpoint: one connection per tab. The first message must be a hello, which creates or
 * resumes the tab's session; after that, updates and actions are applied in the order they arrived. A bad
 * frame gets an error message (never a stack trace) and harms nothing else; a flood closes the connection.
 *
 * What a connection may hold is bounded both ways: its waiting frames (IncomingQueue) and what it was sent
 * but did not read (SocketChannel, the only way out to the tab). A socket that never says hello is closed.
 * A message whose handling fails on the server's side is contained to its tab: logged with the state id,
 * the tab is told (`server-fault`), and the connection goes on with the next message.
 */
import type { WSContext, WSEvents } from "hono/ws";
import type { ClientMessage, ServerMessage } from "../protocol/messages.ts";
import { parseClientMessage, ProtocolError } from "../protocol/parse_client_message.ts";
import type { ClientSession } from "./client_session.ts";
import { CLOSE_BACKLOG, CLOSE_FLOOD, CLOSE_NO_HELLO, CLOSE_REPLACED, CLOSE_TOO_BIG } from "./close_codes.ts";
import { IncomingQueue } from "./incoming_queue.ts";
import { openSession, type SocketEndpointDependencies } from "./open_session.ts";
import { RateLimiter } from "./rate_limiter.ts";
import { SocketChannel } from "./socket_channel.ts";
import { controlsOf } from "./tab_controls.ts";

export type { SocketEndpointDependencies };

export {
  CLOSE_BACKLOG,
  CLOSE_FLOOD,
  CLOSE_LIMIT,
  CLOSE_NO_HELLO,
  CLOSE_NOT_READING,
  CLOSE_REPLACED,
  CLOSE_TOO_BIG,
} from "./close_codes.ts";

/** Frames larger than this are refused: no element needs more, and parsing them costs memory. */
export const MAX_FRAME_CHARS = 1 << 20;

/** A frame as it waits in the queue: parsed, or the reason it was refused (answered in order). */
type Incoming = ClientMessage | ProtocolError;

export function createSocketEvents<S extends object>(dependencies: SocketEndpointDependencies<S>): WSEvents {
  const limits = dependencies.context.limits;
  let session: ClientSession<S> | undefined;
  let channel: SocketChannel | undefined;
  let helloTimer: ReturnType<typeof setTimeout> | undefined;
  /** The socket for code that takes a WSContext, its sends bounded by the channel. */
  let socket: WSContext | undefined;
  /** Set once the connection closed, by either side. */
  let closed = false;
  const limiter = new RateLimiter({ perSecond: 2000, burst: 4000 });

  const refuse = (code: "bad-message" | "no-state", message: string) => send({ type: "error", code, message });
  function send(message: ServerMessage): void {
    channel?.send(JSON.stringify(message));
  }

  const queue = new IncomingQueue<Incoming>({
    maxFrames: limits.maxQueuedFrames,
    maxBytes: limits.maxQueuedBytes,
    handle: (incoming) => incoming instanceof ProtocolError ? refuse("bad-message", incoming.message) : handle(incoming),
    onFailure: (error) => fault(error),
    busy: (active) => send({ type: "busy", active }),
    busyAfterMs: limits.busyNoticeMs,
  });

  /** A message whose handling failed on the server's side: logged with its state, the tab told, nothing else. */
  function fault(error: unknown): void {
    const where = session === undefined ? "before its hello" : `of state ${session.id}`;
    console.error(`Tapir: a client message ${where} could not be handled:`, error);
    send({ type: "error", code: "server-fault", message: "the server failed to handle this message; see its log" });
  }

  /** Lets go of what the connection holds: its timer and waiting frames. Runs when it closes. */
  function releaseConnection(): void {
    closed = true;
    clearTimeout(helloTimer);
    queue.clear();
  }

  /** The tab left: its session waits for it to come back, or expires. */
  function releaseSession(): void {
    const left = session;
    // Deno keeps an abruptly disconnected socket's handlers alive: let go of the session, or each such
    // socket would hold a whole state after it expired.
    session = undefined;
    if (left === undefined || channel === undefined) return;
    // A newer connection of the same tab may already own the session: leave it alone then.
    if (left.outbox.channel !== channel) return;
    left.outbox.detach();
    dependencies.registry.scheduleExpiry(left);
  }

  function channelFor(ws: WSContext): SocketChannel {
    if (channel !== undefined) return channel;
    channel = new SocketChannel(ws, {
      maxBufferedBytes: limits.maxBufferedBytes,
      onClosed: (code) => {
        releaseConnection();
        // A replaced connection's session is being handed to the new one, which attaches it next.
        if (code !== CLOSE_REPLACED) releaseSession();
      },
    });
    socket = channel.asWSContext();
    return channel;
  }

  async function handle(message: ClientMessage): Promise<void> {
    if (message.type === "hello") {
      if (session !== undefined) return refuse("bad-message", "this connection already said hello");
      if (channel === undefined || socket === undefined || closed) return;
      session = await openSession(dependencies, message, channel, socket);
      // The connection may have ended while onInit ran: the session waits for its tab, or expires.
      if (closed) releaseSession();
      return;
    }
    if (session === undefined) return refuse("no-state", "send a hello message first");
    switch (message.type) {
      case "update":
        return session.handleUpdate(message.key, message.value);
      case "action":
        return session.handleAction(message.element, message.payload);
      case "request":
        return session.handleRequest(message.id, message.element, message.query);
      case "navigate":
        return dependencies.context.router.navigate(session, message);
      case "cancel-hold":
        return controlsOf(session.state.proxy)?.cancel();
      default: {
        const unreachable: never = message;
        return refuse("bad-message", `unexpected message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  return {
    onOpen(_event, ws) {
      const opened = channelFor(ws);
      helloTimer = setTimeout(() => opened.close(CLOSE_NO_HELLO, "no hello"), limits.helloTimeoutMs);
    },
    onMessage(event, ws) {
      const out = channelFor(ws);
      if (out.closed) return;
      if (!limiter.take()) return out.close(CLOSE_FLOOD, "too many messages");
      const data = event.data;
      if (typeof data !== "string") return refuse("bad-message", "binary frames are not accepted");
      if (data.length > MAX_FRAME_CHARS) return out.close(CLOSE_TOO_BIG, "message too big");
      const incoming = parseIncoming(data);
      if (!(incoming instanceof ProtocolError) && incoming.type === "hello") clearTimeout(helloTimer);
      // A tab whose last message is stuck in a long callback can still leave the page or lift its hold.
      if (queue.stuck && !(incoming instanceof ProtocolError) && canOvertake(incoming)) {
        handle(incoming).catch(fault);
        return;
      }
      // Refusals go through the queue too, so that answers keep the order of the frames.
      if (!queue.push(incoming, data.length)) out.close(CLOSE_BACKLOG, "too many messages wait to be handled");
    },
    onClose() {
      releaseConnection();
      releaseSession();
    },
  };
}

function parseIncoming(data: string): Incoming {
  try {
    return parseClientMessage(data);
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    // A bug of the parser must not escape into the runtime's socket handler (and end a Node process).
    console.error("Tapir: a client message could not be parsed:", error);
    return new ProtocolError("the message could not be read");
  }
}

/** Messages that need no answer from the callback in progress, and that a stuck tab needs to get out. */
function canOvertake(message: ClientMessage): boolean {
  return message.type === "navigate" || message.type === "cancel-hold";
}
