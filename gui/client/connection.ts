/**
 * The tab's one WebSocket to the server. It resumes the same server-side state after a drop or a reload,
 * replays nothing the tab already has, and keeps what the user does while offline until it can be sent.
 */
import type {
  ClientMessage,
  ErrorMessage,
  HelloMessage,
  RequestMessage,
  ResumeTicket,
  ValueMap,
} from "../protocol/messages.ts";
import type {
  GoMessage,
  NavigateMessage,
  PageMessage,
  PageParams,
  ViewContent,
} from "../protocol/navigation.ts";
import type { NoticeMessage } from "../protocol/notices.ts";
import { applyDelta, type ValueDelta } from "../protocol/value_delta.ts";
import { classifyPatch } from "./patch_order.ts";
import { Outbox } from "./outbox.ts";
import type { OutgoingMessage } from "./outbox.ts";
import { readServerMessage } from "./read_server_message.ts";
import { openWebSocket } from "./open_web_socket.ts";
import type { SocketLike, SocketOpener } from "./open_web_socket.ts";
import { reconnectDelay } from "./reconnect_delay.ts";
import type { TicketStorage } from "./ticket_storage.ts";

/** "open" means welcomed: the tab owns a state and messages go out at once. */
export type ConnectionState = "connecting" | "open" | "closed";

/** What the connection feeds with values: the page's `Store` in the browser. */
export interface ValueSink {
  setAll(values: ValueMap): void;
  apply(values: ValueMap): void;
  /** The newest value held for a key: the base a delta applies to. */
  latest(key: string): unknown;
}

/** Options for {@linkcode Connection}. */
export interface ConnectionOptions {
  /** WebSocket URL, e.g. `wss://host/_tapir/ws`. */
  url: string;
  /** The page's name, sent in `hello`. */
  page: string;
  values: ValueSink;
  tickets: TicketStorage;
  /** Defaults to `openWebSocket` (a browser WebSocket). */
  openSocket?: SocketOpener;
  /** Defaults to `setTimeout`. */
  setTimer?: (callback: () => void, ms: number) => void;
  /** Defaults to `Math.random` (the jitter of reconnection delays). */
  random?: () => number;
  /** Identifies this page load in `hello`; defaults to a random id. */
  instance?: string;
  /** Receives `error` messages from the server. */
  onError?: (error: ErrorMessage) => void;
  onStateChange?: (state: ConnectionState) => void;
  /** Receives `page` and `go` messages (see navigator.ts). */
  onNavigation?: (message: PageMessage | GoMessage) => void;
  /** Receives notifications, holds, downloads and dev-mode errors (see notices.ts). */
  onNotice?: (message: NoticeMessage) => void;
  /** Told of every welcome; `hadState` is true when the hello offered a state to resume. */
  onWelcome?: (resumed: boolean, hadState: boolean) => void;
  /**
   * Receives the view a welcome brought: the tab's document was neutral, or the server sent it to another
   * page than it asked for (see navigator.ts). The welcome's values are already in the store.
   */
  onView?: (view: ViewContent) => void;
}

/**
 * One tab's connection.
 *
 * @example
 * ```ts
 * const connection = new Connection({ url, page: "/", values: store, tickets: new TicketStorage(sessionStorage) });
 * connection.start();
 * connection.update("threshold", 42);
 * ```
 */
export class Connection {
  state: ConnectionState = "closed";
  /** Sequence number of the last patch (or snapshot) applied. */
  lastSeq = 0;
  stateId: string | undefined;
  /** The page the tab shows, sent in every hello; the navigator updates it. */
  page: string;
  /** The query parameters of the page's URL, sent in hello. */
  params: PageParams = {};

  readonly #options: ConnectionOptions;
  readonly #instance: string;
  readonly #outbox = new Outbox();
  /** Requests waiting for their response; sent again after a reconnect, since the answer may be lost. */
  readonly #requests = new Map<number, PendingRequest>();
  #nextRequestId = 1;
  #ticket: ResumeTicket | undefined;
  #socket: SocketLike | undefined;
  #attempt = 0;
  /** Resumes caused by missing patches since the last patch that applied. */
  #gapResumes = 0;
  /** Bumped whenever a scheduled reconnection must no longer happen. */
  #generation = 0;
  #stopped = true;

  constructor(options: ConnectionOptions) {
    this.#options = options;
    this.#instance = options.instance ?? randomId();
    this.page = options.page;
  }

  /** Connects, resuming the state of the stored ticket if there is one. */
  start(): void {
    this.#stopped = false;
    const stored = this.#options.tickets.load();
    // A new page load shows no values yet: lastSeq -1 asks the server for all of them.
    this.#ticket = stored === undefined ? undefined : { ...stored, lastSeq: -1 };
    this.#open();
  }

  /** Closes for good; nothing reconnects. */
  stop(): void {
    this.#stopped = true;
    this.#generation++;
    this.#detach()?.close();
    this.#setState("closed");
  }

  /** Closes the socket the way a network failure would, so that the connection resumes (for tests). */
  drop(): void {
    const socket = this.#detach();
    if (socket === undefined) return;
    socket.close();
    this.#lost();
  }

  /** Sends a two-way value the user changed; kept until the next welcome when offline. */
  update(key: string, value: unknown): void {
    this.#send({ type: "update", key, value });
  }

  /** Sends an element's action; kept until the next welcome when offline. */
  action(element: number, payload?: unknown): void {
    this.#send(payload === undefined ? { type: "action", element } : { type: "action", element, payload });
  }

  /**
   * Asks element `element`'s server side for data (a table page, a chart range). Resolves with the data;
   * rejects with the server's reason. Survives a reconnect: the request is sent again.
   */
  request(element: number, query: unknown): Promise<unknown> {
    const id = this.#nextRequestId++;
    const message: RequestMessage = { type: "request", id, element, query };
    return new Promise((resolve, reject) => {
      this.#requests.set(id, { message, resolve, reject });
      if (this.state === "open" && this.#socket !== undefined) this.#write(this.#socket, message);
    });
  }

  /**
   * Sends a navigation request if the connection is open, and says whether it did: a tab that is offline
   * loads the page the ordinary way instead.
   */
  navigate(message: NavigateMessage): boolean {
    if (this.state !== "open" || this.#socket === undefined) return false;
    this.#write(this.#socket, message);
    return true;
  }

  /** Asks the server to cancel the hold overlay's work; only while connected (the overlay waits otherwise). */
  cancelHold(): void {
    if (this.state === "open" && this.#socket !== undefined) {
      this.#write(this.#socket, { type: "cancel-hold" });
    }
  }

  /** Number of messages waiting for the connection. */
  get queued(): number {
    return this.#outbox.size;
  }

  #send(message: OutgoingMessage): void {
    if (this.state === "open" && this.#socket !== undefined) this.#write(this.#socket, message);
    else this.#outbox.push(message);
  }

  #write(socket: SocketLike, message: ClientMessage): void {
    socket.send(JSON.stringify(message));
  }

  #open(): void {
    this.#setState("connecting");
    const socket: SocketLike = (this.#options.openSocket ?? openWebSocket)(this.#options.url, {
      onOpen: () => {
        if (socket === this.#socket) this.#write(socket, this.#hello());
      },
      onMessage: (data) => {
        if (socket === this.#socket) this.#receive(data);
      },
      onClose: () => {
        if (socket !== this.#socket) return;
        this.#socket = undefined;
        this.#lost();
      },
    });
    this.#socket = socket;
  }

  #hello(): HelloMessage {
    const hello: HelloMessage = { type: "hello", page: this.page, instance: this.#instance };
    if (Object.keys(this.params).length > 0) hello.params = this.params;
    if (this.#ticket !== undefined) hello.resume = this.#ticket;
    return hello;
  }

  #receive(data: unknown): void {
    const message = readServerMessage(data);
    if (message === undefined) {
      this.#options.onError?.({ type: "error", code: "bad-message", message: "Unreadable message from the server" });
      return;
    }
    switch (message.type) {
      case "welcome": {
        const hadState = this.#ticket !== undefined;
        this.stateId = message.stateId;
        this.lastSeq = message.seq;
        this.#ticket = { stateId: message.stateId, secret: message.secret, lastSeq: message.seq };
        this.#options.tickets.save(this.#ticket);
        this.#options.values.setAll(message.values);
        // The page the server let the tab have: its next hello names that one.
        if (message.page !== undefined) this.page = message.page;
        if (message.view !== undefined) this.#options.onView?.(message.view);
        this.#attempt = 0;
        this.#setState("open");
        this.#options.onWelcome?.(message.resumed, hadState);
        const socket = this.#socket;
        if (socket !== undefined) {
          for (const queued of this.#outbox.drain()) this.#write(socket, queued);
          for (const pending of this.#requests.values()) this.#write(socket, pending.message);
        }
        return;
      }
      case "patch":
        return this.#receivePatch(message.seq, message.values, message.deltas);
      case "response": {
        const pending = this.#requests.get(message.id);
        this.#requests.delete(message.id);
        if (message.error !== undefined) pending?.reject(new Error(message.error));
        else pending?.resolve(message.data);
        return;
      }
      case "page":
      case "go":
        this.#options.onNavigation?.(message);
        return;
      case "error":
        this.#options.onError?.(message);
        return;
      case "notify":
      case "hold":
      case "download":
      case "dev-error":
      case "reload":
        this.#options.onNotice?.(message);
        return;
      default: {
        const unknown: never = message;
        return unknown;
      }
    }
  }

  #receivePatch(seq: number, values: ValueMap, deltas: Record<string, ValueDelta> | undefined): void {
    if (this.state !== "open" || this.#ticket === undefined) return;
    switch (classifyPatch(this.lastSeq, seq)) {
      case "apply":
        this.#gapResumes = 0;
        this.lastSeq = seq;
        // Kept in memory only: the stored copy is for page loads, which start from -1 anyway.
        this.#ticket = { ...this.#ticket, lastSeq: seq };
        if (deltas !== undefined) {
          for (const [key, delta] of Object.entries(deltas)) {
            values[key] = applyDelta(this.#options.values.latest(key), delta);
          }
        }
        this.#options.values.apply(values);
        return;
      case "stale":
        return;
      case "gap":
        // Patches were lost: resume so that the server replays from lastSeq. At once the first time;
        // a server that keeps skipping numbers must not make the tab reconnect in a tight loop.
        this.#detach()?.close();
        if (this.#gapResumes++ === 0) this.#open();
        else this.#reconnectLater(this.#gapResumes - 1);
        return;
    }
  }

  /** Forgets the current socket so that its late events are ignored, and returns it. */
  #detach(): SocketLike | undefined {
    const socket = this.#socket;
    this.#socket = undefined;
    return socket;
  }

  #lost(): void {
    if (this.#stopped) return;
    this.#setState("closed");
    this.#reconnectLater(this.#attempt++);
  }

  #reconnectLater(attempt: number): void {
    const generation = ++this.#generation;
    const delay = reconnectDelay(attempt, this.#options.random);
    (this.#options.setTimer ?? setTimeout)(() => {
      if (generation === this.#generation && !this.#stopped) this.#open();
    }, delay);
  }

  #setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.#options.onStateChange?.(state);
  }
}

/** 128 random bits as hex; `crypto.randomUUID` needs a secure context, `getRandomValues` does not. */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

interface PendingRequest {
  message: RequestMessage;
  resolve(data: unknown): void;
  reject(error: Error): void;
}
