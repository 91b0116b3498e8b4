/**
 * What the free functions `notify`, `holdControl`, `resumeControl` and `download` do to one tab. A hold is
 * part of the tab's state: it is sent again after every welcome, so a tab that reloads or reconnects while
 * held shows the overlay again. Notifications and downloads are moments, not state: sent once, never
 * replayed; those decided while the tab is offline wait (a few of them) for its next welcome.
 */
import { didYouMean, GuiConfigurationError } from "../errors.ts";
import { toBody } from "../files/download_content.ts";
import { downloadRegistry } from "../files/download_registry.ts";
import { DOWNLOAD_PATH } from "../protocol/file_transfer.ts";
import type { DownloadMessage, HoldMessage, NotifyMessage } from "../protocol/notices.ts";
import type { ServerMessage } from "../protocol/messages.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import type { ClientSession } from "./client_session.ts";
import type { AppFunction } from "./app_function.ts";

/** Notifications and downloads kept for an offline tab; older ones give way. */
const MAX_WAITING = 8;
/**
 * How long a `download()` URL answers. The tab fetches it once, as soon as it gets the message (which is
 * made when the tab is online: an offline tab gets a fresh URL after its next welcome).
 */
const DOWNLOAD_LIFETIME_MS = 60_000;

/** A cancel callback, already resolved from a function or a registered name. */
export interface CancelHandler {
  name: string;
  fn: (state: never) => unknown;
}

/** The tab as its controls see it. */
interface ControlledTab {
  readonly connected: boolean;
  send(message: ServerMessage): void;
  /** Runs `fn(state)` as the app's callback `name` (errors go to onException and the tab). */
  run(name: string, fn: (state: never) => unknown): Promise<unknown>;
  /** The app's registered functions, for a cancel callback given by name. */
  readonly functions: Readonly<Record<string, AppFunction>>;
}

const controlsByState = new WeakMap<object, TabControls>();

/** The controls of the tab whose State this is; throws a TypeError for anything else. */
export function tabControls(state: object, caller: string): TabControls {
  const controls = controlsByState.get(state);
  if (controls === undefined) throw new TypeError(`${caller} expects a State received by a Tapir callback`);
  return controls;
}

/** The controls of a session's State, or undefined when it has none. */
export function controlsOf(state: object): TabControls | undefined {
  return controlsByState.get(state);
}

/** One tab's notifications, hold and downloads; created with its session. */
export class TabControls {
  readonly #tab: ControlledTab;
  /** What download tokens belong to: they die with it. */
  readonly #owner: object;
  #hold: { message: string; cancel: CancelHandler | undefined } | undefined;
  /** Made when sent: a download's one-use URL starts its lifetime when the tab can fetch it. */
  #waiting: (() => NotifyMessage | DownloadMessage)[] = [];
  /** The hold was lifted while the tab was offline: it still shows the overlay. */
  #releaseOwed = false;

  /** Creates the controls of `session` and lets the free functions reach them through its State. */
  static adopt<S extends object>(
    session: ClientSession<S>,
    runner: CallbackRunner<S>,
    functions: Readonly<Record<string, AppFunction>>,
  ): TabControls {
    const proxy = session.state.proxy;
    const tab: ControlledTab = {
      get connected() {
        return session.connected;
      },
      send: (message) => session.outbox.sendUnnumbered(message),
      // The cancel callback was given for this Gui's State: holdControl's signature checked it.
      run: (name, fn) =>
        runner.run(proxy, session, name, () => (fn as (state: typeof proxy) => unknown)(proxy)),
      functions,
    };
    const controls = new TabControls(tab, session);
    controlsByState.set(proxy, controls);
    return controls;
  }

  private constructor(tab: ControlledTab, owner: object) {
    this.#tab = tab;
    this.#owner = owner;
  }

  /** True while a hold overlay blocks the tab. */
  get held(): boolean {
    return this.#hold !== undefined;
  }

  notify(message: NotifyMessage): void {
    this.#sendOrKeep(() => message);
  }

  /** Blocks the tab; `cancel` is a function or the name of a registered function. */
  hold(message: string, cancel: string | ((state: never) => unknown) | undefined): void {
    this.#hold = { message, cancel: cancel === undefined ? undefined : this.#cancelHandler(cancel) };
    this.#sendHold();
  }

  resume(): void {
    if (this.#hold === undefined) return;
    this.#hold = undefined;
    if (this.#tab.connected) this.#sendHold();
    else this.#releaseOwed = true;
  }

  /** The user pressed Cancel: the overlay goes, then the cancel callback runs (it may hold again). */
  async cancel(): Promise<void> {
    const cancel = this.#hold?.cancel;
    if (cancel === undefined) return;
    this.resume();
    await this.#tab.run(cancel.name, cancel.fn);
  }

  /**
   * Serves `content` under a fresh token of this tab and tells the tab to download it as `name`. The token
   * answers one fetch, within DOWNLOAD_LIFETIME_MS, and never after the state is freed.
   */
  download(content: unknown, name: string): void {
    const body = toBody(content);
    if (body === undefined) throw new TypeError("download() expects bytes, a Blob or a non-empty string");
    this.#sendOrKeep(() => {
      const token = downloadRegistry.register(this.#owner, {}, body.bytes, body.type, content, {
        once: true,
        lifetimeMs: DOWNLOAD_LIFETIME_MS,
      });
      return { type: "download", url: `${DOWNLOAD_PATH}${token}`, name };
    });
  }

  /** After a welcome: the hold (when held) and what waited while the tab was offline. */
  welcomed(): void {
    if (this.#hold !== undefined || this.#releaseOwed) this.#sendHold();
    this.#releaseOwed = false;
    const waiting = this.#waiting.splice(0);
    for (const message of waiting) this.#tab.send(message());
  }

  #cancelHandler(cancel: string | ((state: never) => unknown)): CancelHandler {
    if (typeof cancel === "function") return { name: cancel.name || "holdControl cancel", fn: cancel };
    const functions = this.#tab.functions;
    const fn = Object.hasOwn(functions, cancel) ? functions[cancel] : undefined;
    if (fn === undefined) {
      const hint = didYouMean(cancel, Object.keys(functions)) ?? "register it in the Gui's functions";
      throw new GuiConfigurationError(`holdControl() names an unknown cancel function "${cancel}" (${hint})`);
    }
    return { name: cancel, fn };
  }

  #sendHold(): void {
    if (!this.#tab.connected) return;
    const hold = this.#hold;
    const message: HoldMessage = hold === undefined
      ? { type: "hold", active: false }
      : { type: "hold", active: true, message: hold.message, cancellable: hold.cancel !== undefined };
    this.#tab.send(message);
  }

  #sendOrKeep(message: () => NotifyMessage | DownloadMessage): void {
    if (this.#tab.connected) {
      this.#tab.send(message());
      return;
    }
    if (this.#waiting.push(message) > MAX_WAITING) this.#waiting.shift();
  }
}
