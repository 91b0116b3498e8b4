/**
 * The WebSocket endpoint: one connection per tab. The first message must be a hello, which creates or
 * resumes the tab's session; after that, updates and actions are applied in the order they arrived. A bad
 * frame gets an error message (never a stack trace) and harms nothing else; a flood closes the connection.
 */
import type { WSContext, WSEvents } from "hono/ws";
import type { ClientMessage, ServerMessage } from "../protocol/messages.ts";
import { parseClientMessage, ProtocolError } from "../protocol/parse_client_message.ts";
import { bufferedAmount } from "../runtime/mod.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import type { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import type { Channel } from "./outbox.ts";
import { openSession } from "./open_session.ts";
import { RateLimiter } from "./rate_limiter.ts";
import { controlsOf } from "./tab_controls.ts";
import type { SessionRegistry } from "./session_registry.ts";

/** Frames larger than this are refused: no element needs more, and parsing them costs memory. */
export const MAX_FRAME_CHARS = 1 << 20;

export interface SocketEndpointDependencies<S extends object> {
  context: GuiContext<S>;
  registry: SessionRegistry<S>;
  runner: CallbackRunner<S>;
}

/** Close codes in the application range (4000-4999). */
export const CLOSE_REPLACED = 4000;
export const CLOSE_FLOOD = 4008;
export const CLOSE_TOO_BIG = 4009;
/** The server is at a resource limit (the reason names it): the tab may try again later. */
export const CLOSE_LIMIT = 4013;

export function createSocketEvents<S extends object>(dependencies: SocketEndpointDependencies<S>): WSEvents {
  let session: ClientSession<S> | undefined;
  let channel: Channel | undefined;
  let queue: Promise<void> = Promise.resolve();
  const limiter = new RateLimiter({ perSecond: 2000, burst: 4000 });

  const send = (ws: WSContext, message: ServerMessage) => ws.send(JSON.stringify(message));
  const refuse = (ws: WSContext, code: "bad-message" | "no-state", message: string) =>
    send(ws, { type: "error", code, message });

  async function handle(ws: WSContext, message: ClientMessage): Promise<void> {
    if (message.type === "hello") {
      if (session !== undefined) return refuse(ws, "bad-message", "this connection already said hello");
      channel ??= channelOf(ws);
      session = await openSession(dependencies, message, channel, ws);
      return;
    }
    if (session === undefined) return refuse(ws, "no-state", "send a hello message first");
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
        return refuse(ws, "bad-message", `unexpected message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  return {
    onMessage(event, ws) {
      if (!limiter.take()) {
        ws.close(CLOSE_FLOOD, "too many messages");
        return;
      }
      const data = event.data;
      if (typeof data !== "string") return refuse(ws, "bad-message", "binary frames are not accepted");
      if (data.length > MAX_FRAME_CHARS) {
        ws.close(CLOSE_TOO_BIG, "message too big");
        return;
      }
      // Refusals go through the queue too, so that answers keep the order of the frames.
      queue = queue.then(() => {
        let message: ClientMessage;
        try {
          message = parseClientMessage(data);
        } catch (error) {
          if (error instanceof ProtocolError) return refuse(ws, "bad-message", error.message);
          throw error;
        }
        return handle(ws, message);
      }).catch((error) => {
        console.error("Tapir: a client message could not be handled:", error);
      });
    },
    onClose() {
      const closed = session;
      const closedChannel = channel;
      // Deno keeps an abruptly disconnected socket's handlers alive: let go of the session, or each such
      // socket would hold a whole state after it expired.
      session = undefined;
      channel = undefined;
      if (closed === undefined || closedChannel === undefined) return;
      // A newer connection of the same tab may already own the session: leave it alone then.
      if (closed.outbox.channel !== closedChannel) return;
      closed.outbox.detach();
      dependencies.registry.scheduleExpiry(closed);
    },
  };
}

function channelOf(ws: WSContext): Channel {
  return {
    send: (text) => ws.send(text),
    bufferedAmount: () => bufferedAmount(ws.raw),
    close: (code, reason) => ws.close(code, reason),
  };
}
