/**
 * The one way out to a tab: every message the server sends (welcome, patches, errors, notices, responses,
 * page answers) goes through a SocketChannel, which refuses to buffer without limit. A client that stops
 * reading fills its socket's buffer; past `maxBufferedBytes` the channel closes the connection instead of
 * queuing more (the tab resumes with its ticket when it reads again), and sends nothing after that.
 */
import { WSContext } from "hono/ws";
import { bufferedAmount } from "../runtime/mod.ts";
import { CLOSE_NOT_READING } from "./close_codes.ts";
import type { Channel } from "./outbox.ts";

/** The code reported when a send found the socket already closed by the other side (RFC 6455: 1006). */
const CLOSE_GONE = 1006;

export interface SocketChannelOptions {
  /** Bytes the socket may hold unsent; a send past them drops the client. */
  maxBufferedBytes: number;
  /** Called once, when the server closes the channel (with the close code), or a send found it closed. */
  onClosed?: (code: number) => void;
}

/**
 * A bounded Channel over a Hono WebSocket.
 *
 * @example
 * ```ts
 * const channel = new SocketChannel(ws, { maxBufferedBytes: 8 << 20 });
 * channel.send(JSON.stringify({ type: "error", code: "bad-message", message: "..." }));
 * ```
 */
export class SocketChannel implements Channel {
  readonly #ws: WSContext;
  readonly #options: SocketChannelOptions;
  #closed = false;

  constructor(ws: WSContext, options: SocketChannelOptions) {
    this.#ws = ws;
    this.#options = options;
  }

  /** True once the server closed it: later sends are dropped. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Sends `text` unless the client already holds more unread bytes than allowed. The check comes before
   * the send, so one large message (a big snapshot) to a reading client always goes out, and what is held
   * for a stalled one stays under the bound plus one message.
   */
  send(text: string): void {
    if (this.#closed) return;
    if (this.bufferedAmount() > this.#options.maxBufferedBytes) {
      this.close(CLOSE_NOT_READING, "the client does not read its messages");
      return;
    }
    try {
      this.#ws.send(text);
    } catch {
      // The socket closed under us (Deno throws on a send after close): its onClose does the cleanup.
      this.#markClosed(CLOSE_GONE);
    }
  }

  /**
   * The socket as code written against Hono's WSContext sees it, with its sends going through this
   * channel: nothing that holds it can write to the client around the bound.
   */
  asWSContext(): WSContext {
    return new WSContext({
      send: (data) => {
        if (typeof data !== "string") throw new TypeError("the server sends text frames only");
        this.send(data);
      },
      close: (code, reason) => this.close(code ?? 1000, reason ?? ""),
      raw: this.#ws.raw,
      readyState: this.#ws.readyState,
      url: this.#ws.url,
      protocol: this.#ws.protocol,
    });
  }

  bufferedAmount(): number {
    return bufferedAmount(this.#ws.raw);
  }

  close(code: number, reason: string): void {
    if (this.#closed) return;
    this.#markClosed(code);
    try {
      this.#ws.close(code, reason);
    } catch {
      // Already closing: nothing left to do.
    }
  }

  #markClosed(code: number): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#options.onClosed?.(code);
  }
}
