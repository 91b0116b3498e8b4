/**
 * A scripted tab: speaks the wire protocol over a real WebSocket as a browser tab would, keeps what it
 * was sent (values by binding key, notifications, downloads, the hold overlay), and follows the server's
 * navigation requests. Values are those the server sends, not formatted as the browser's elements would.
 */
import { didYouMean } from "../errors.ts";
import type {
  ErrorMessage,
  ResumeTicket,
  ServerMessage,
  ValueMap,
  WelcomeMessage,
} from "../protocol/messages.ts";
import { SOCKET_PATH } from "../protocol/messages.ts";
import type { PageParams } from "../protocol/navigation.ts";
import type { DownloadMessage, HoldMessage, NotifyMessage } from "../protocol/notices.ts";
import type { ElementDescriptor, PageDescriptor } from "../protocol/page_descriptor.ts";
import { applyDelta } from "../protocol/value_delta.ts";
import { openWebSocket, type QueuedWebSocket } from "../runtime/mod.ts";
import { fetchDescriptor } from "./fetch_descriptor.ts";
import { awaitWelcome } from "./await_welcome.ts";
import { MessageLog } from "./message_log.ts";

/**
 * Options of `connect`.
 *
 * @example
 * ```ts
 * const reloaded = await app.connect("/", { resume: { ...client.ticket, lastSeq: -1 } });
 * ```
 */
export interface TestClientOptions {
  /** Query parameters of the page's URL. */
  params?: PageParams;
  /** Resume a state, as a reloaded tab does (take it from another client's `ticket`). */
  resume?: ResumeTicket;
  /** The page load's id (see HelloMessage.instance); random by default. */
  instance?: string;
  /** Answer the server's `go` by navigating, as a browser does. Default true. */
  followNavigation?: boolean;
  /**
   * How long to wait for the server's welcome, in ms, before `connect` rejects. Default 5000: a broken
   * welcome (an onInit that never settles, a server that drops the hello) fails the test at once rather
   * than when the test runner's own timeout ends it.
   */
  welcomeTimeoutMs?: number;
}

/**
 * Options of `settled`.
 *
 * @example
 * ```ts
 * await client.settled({ quietMs: 200 }); // a callback that awaits a slow service
 * ```
 */
export interface SettledOptions {
  /** How long no message must arrive, in ms. Default 50. */
  quietMs?: number;
  /** Give up (reject) after this many ms. Default 5000. */
  timeoutMs?: number;
}

/**
 * One scripted tab; see `TestGui.connect`.
 *
 * @example
 * ```ts
 * const client = await app.connect("/");
 * client.set("name", "Ada");
 * client.action("save");
 * await client.settled();
 * client.value("{name.toUpperCase()}"); // "ADA"
 * ```
 */
export class TestClient {
  /** The server's first answer. */
  readonly welcome: WelcomeMessage;
  /** Every value the tab holds, by binding key, as the browser's store would hold them. */
  readonly values: ValueMap;
  /** Every notification received, in order. */
  readonly notifications: NotifyMessage[] = [];
  /** Every download the server asked for, in order (fetch `url + "/" + name` to read it). */
  readonly downloads: DownloadMessage[] = [];
  /** Every error message received, in order. */
  readonly errors: ErrorMessage[] = [];
  /** The hold overlay shown now, if any. */
  hold: HoldMessage | undefined;
  /** The page shown, and its elements. */
  page: string;
  descriptor: PageDescriptor | undefined;
  readonly #connection: QueuedWebSocket;
  readonly #log = new MessageLog();
  readonly #follow: boolean;
  #lastSeq: number;
  #nextNavigation = 1;

  private constructor(connection: QueuedWebSocket, welcome: WelcomeMessage, page: string, follow: boolean) {
    this.#connection = connection;
    this.welcome = welcome;
    this.values = { ...welcome.values };
    this.page = page;
    this.#follow = follow;
    this.#lastSeq = welcome.seq;
  }

  /** Opens a tab on page `page` of the Gui served at `baseUrl`. */
  static async connect(baseUrl: string, page = "/", options: TestClientOptions = {}): Promise<TestClient> {
    const url = new URL(SOCKET_PATH, baseUrl.replace(/^http/, "ws"));
    const connection = await openWebSocket(url.href);
    connection.socket.send(JSON.stringify({
      type: "hello",
      page,
      instance: options.instance ?? crypto.randomUUID(),
      ...(options.params === undefined ? {} : { params: options.params }),
      ...(options.resume === undefined ? {} : { resume: options.resume }),
    }));
    const first = JSON.parse(
      await awaitWelcome(connection, page, options.welcomeTimeoutMs ?? 5000),
    ) as ServerMessage;
    if (first.type !== "welcome") throw new Error(`expected a welcome, got ${JSON.stringify(first)}`);
    // The server may have sent the tab elsewhere (onNavigate), with that page's view.
    const shown = first.page ?? page;
    const client = new TestClient(connection, first, shown, options.followNavigation ?? true);
    client.descriptor = first.view?.descriptor ?? await fetchDescriptor(baseUrl, shown);
    void client.#read();
    return client;
  }

  /** Every message after the welcome, in order. */
  get messages(): readonly ServerMessage[] {
    return this.#log.messages;
  }

  get stateId(): string {
    return this.welcome.stateId;
  }

  /** What a reloaded tab presents to get this state back: pass it as `resume` to `connect`. */
  get ticket(): ResumeTicket {
    return { stateId: this.welcome.stateId, secret: this.welcome.secret, lastSeq: this.#lastSeq };
  }

  /** Writes `value` into a two-way binding (`"x"` or `"{x}"`), as an element the user changed would. */
  set(key: string, value: unknown): void {
    const bindingKey = keyOf(key);
    this.values[bindingKey] = value;
    this.send({ type: "update", key: bindingKey, value });
  }

  /** Fires an element's action (a button press): the element's `id`, or its index in the page. */
  action(element: string | number, payload?: unknown): void {
    const index = typeof element === "number" ? element : this.#indexOf(element);
    this.send(
      payload === undefined
        ? { type: "action", element: index }
        : { type: "action", element: index, payload },
    );
  }

  /** The value of a binding: `"{x * 2}"` or `"x * 2"`. */
  value(binding: string): unknown {
    return this.values[keyOf(binding)];
  }

  /** What the element with this `id` shows (its main value as text, unformatted). */
  text(elementId: string): string {
    const element = this.descriptor?.elements[this.#indexOf(elementId)];
    const key = element === undefined ? undefined : mainBinding(element);
    const value = key === undefined ? element?.props["value"] : this.values[key];
    if (value === undefined || value === null) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  /** Presses the hold overlay's Cancel button. */
  cancelHold(): void {
    this.send({ type: "cancel-hold" });
  }

  /** Shows another page, as a click on a link would, and resolves once it is shown. */
  async navigate(page: string, params?: PageParams): Promise<void> {
    const id = this.#nextNavigation++;
    this.send({ type: "navigate", id, page, ...(params === undefined ? {} : { params }) });
    await this.waitFor((message) => message.type === "page" && message.id === id);
  }

  /** Sends a message of the protocol (or anything, to test refusals). */
  send(message: unknown): void {
    this.sendRaw(JSON.stringify(message));
  }

  /** Sends a frame as is. */
  sendRaw(text: string): void {
    this.#connection.socket.send(text);
  }

  /** Resolves with the first message (received already or later) that satisfies `match`. */
  waitFor(match: (message: ServerMessage) => boolean, timeoutMs = 3000): Promise<ServerMessage> {
    return this.#log.waitFor(match, timeoutMs);
  }

  /** Resolves once no message has arrived for `quietMs` (the server is done with what was sent). */
  settled(options: SettledOptions = {}): Promise<void> {
    return this.#log.quiet(options.quietMs ?? 50, options.timeoutMs ?? 5000);
  }

  /** Closes the socket, as closing the tab would; the state outlives it for the retention time. */
  async close(): Promise<void> {
    this.#connection.socket.close();
    await this.#connection.closed;
  }

  async #read(): Promise<void> {
    const { closed } = this.#connection;
    for (;;) {
      const raw = await Promise.race([this.#connection.nextMessage(), closed.then(() => undefined)]);
      if (raw === undefined) return;
      const message = JSON.parse(raw) as ServerMessage;
      this.#receive(message);
      this.#log.add(message);
    }
  }

  #receive(message: ServerMessage): void {
    switch (message.type) {
      case "patch":
        this.#lastSeq = message.seq;
        Object.assign(this.values, message.values);
        for (const [key, delta] of Object.entries(message.deltas ?? {})) {
          this.values[key] = applyDelta(this.values[key], delta);
        }
        return;
      case "page":
        if (message.error !== undefined || message.values === undefined) return;
        for (const key of Object.keys(this.values)) delete this.values[key];
        Object.assign(this.values, message.values);
        this.page = message.page;
        if (message.descriptor !== undefined) this.descriptor = message.descriptor;
        return;
      case "go":
        if (!this.#follow) return;
        this.send({
          type: "navigate",
          id: this.#nextNavigation++,
          page: message.page,
          ...(message.params === undefined ? {} : { params: message.params }),
          ...(message.refresh ? { refresh: true } : {}),
        });
        return;
      case "notify":
        this.notifications.push(message);
        return;
      case "download":
        this.downloads.push(message);
        return;
      case "hold":
        this.hold = message.active ? message : undefined;
        return;
      case "error":
        this.errors.push(message);
        return;
      default:
        return;
    }
  }

  #indexOf(elementId: string): number {
    const elements = this.descriptor?.elements ?? [];
    const index = elements.findIndex((element) => element.props["id"] === elementId);
    if (index >= 0) return index;
    const ids = elements.map((element) => element.props["id"]).filter((id) => typeof id === "string");
    const hint = didYouMean(elementId, ids) ??
      (ids.length === 0 ? "no element has an id" : `ids: ${ids.join(", ")}`);
    throw new Error(`No element with id "${elementId}" on page "${this.page}" (${hint})`);
  }
}

/** `"{x}"` -> `"x"`; a template such as `"Hi {name}"` is a key as it is. */
function keyOf(binding: string): string {
  const inner = /^\{([^{}]*)\}$/.exec(binding.trim())?.[1];
  return inner ?? binding;
}

function mainBinding(element: ElementDescriptor): string | undefined {
  return element.bindings["value"] ?? Object.values(element.bindings)[0];
}
