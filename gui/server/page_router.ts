/**
 * Navigation on the server: which view a tab has open, `navigate` requests and their `page` answers, the
 * `go` messages that ask a tab to navigate, and the onNavigate / onPageLoad callbacks.
 *
 * onNavigate is how an app guards a page (return "login" unless the user may see it), so a tab's open page,
 * which is all it may write into and trigger, is set in one place, #enter, which asks onNavigate first: on a
 * page load (a hello, decided before its welcome sends any value), a navigation, a refresh or a reconnection
 * to another page than the one the tab had open. For the same reason an app with onNavigate serves neutral
 * documents (documentView): a page's HTML is sent only once the tab's state says it may see it.
 *
 * A tab's view changes only while the server handles the tab's own `navigate` message or its hello (see
 * protocol/navigation.ts), so an element index the tab sends is always read against the view the tab
 * shows. When the server wants another page (navigate(state), a partial that changed), it sends `go` and
 * lets the tab ask.
 */
import { didYouMean, GuiConfigurationError } from "../errors.ts";
import type { PageView } from "../page/compose_view.ts";
import type { PageText } from "../page/page_text.ts";
import type { HelloMessage } from "../protocol/messages.ts";
import type {
  GoMessage,
  NavigateMessage,
  PageMessage,
  PageParams,
  ViewContent,
} from "../protocol/navigation.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import type { ClientSession } from "./client_session.ts";
import type { GuiCallbacks } from "./gui_callbacks.ts";
import type { PageViews } from "./page_views.ts";
import { registerStateNavigation } from "./state_navigation.ts";

/** How a tab comes to a page; only a page it already has open is entered without asking onNavigate. */
type Entry = "load" | "navigate" | "refresh" | "resume";

/** What a hello opened, decided before its welcome (see PageRouter.open). */
export interface OpenedPage {
  /** The page the tab is on: the one it asked for, or where onNavigate sent it. */
  page: string;
  /** The view to send in the welcome, when the tab does not show it yet. */
  view: ViewContent | undefined;
  /** True when the tab's values must all be sent again (a page load, or another page than it had open). */
  fresh: boolean;
  /** True when onNavigate was asked: onPageLoad runs once the tab is welcomed. */
  entered: boolean;
}

export class PageRouter<S extends object> {
  readonly views: PageViews;
  /** The element scripts a view needs (file names under ASSET_PATH); set once the client assets are loaded. */
  scriptsFor: (elementTypes: Iterable<string>) => string[] = () => [];
  readonly #callbacks: GuiCallbacks<S>;
  readonly #runner: CallbackRunner<S>;
  /** `go` messages for tabs that were offline when they were decided. */
  readonly #pendingGo = new WeakMap<ClientSession<S>, GoMessage>();
  /** Sessions that have shown a page: a new state counts as a page load whatever its tab says. */
  readonly #opened = new WeakSet<ClientSession<S>>();

  constructor(views: PageViews, callbacks: GuiCallbacks<S>, runner: CallbackRunner<S>) {
    this.views = views;
    this.#callbacks = callbacks;
    this.#runner = runner;
  }

  /** Lets `navigate(state, ...)` and `partial.update(state, ...)` reach this session. */
  adopt(session: ClientSession<S>): void {
    registerStateNavigation(session.state.proxy, {
      navigate: (to, params) => this.go(session, to, params === undefined ? {} : { params }),
      updatePartial: (name, text) => this.#updatePartial(session, name, text),
    });
  }

  /**
   * The view the HTML document of page `name` shows: the page, or with an onNavigate (which may keep a tab
   * from it, and cannot be asked before the tab's state is known) the neutral frame, filled by the welcome.
   */
  documentView(name: string): PageView | undefined {
    return this.#callbacks.onNavigate === undefined
      ? this.views.views.get(name)
      : this.views.neutralView(name);
  }

  /**
   * Decides the page a hello opens, before anything is sent to the tab: on a page load (or a reconnection
   * to another page than the one open) onNavigate chooses; a reconnection to the open page keeps it.
   * Undefined for an unknown page.
   */
  async open(session: ClientSession<S>, hello: HelloMessage): Promise<OpenedPage | undefined> {
    const requested = this.views.resolve(hello.page);
    if (requested === undefined) return undefined;
    const pageLoad = isPageLoad(hello) || !this.#opened.has(session);
    this.#opened.add(session);
    const before = session.page;
    // The view the tab shows now, which it keeps when it may: indexes it sends are read against it.
    const shows = pageLoad
      ? this.documentView(requested)
      : before?.name === requested
      ? before
      : this.views.viewFor(session, requested);
    const params = hello.params ?? {};
    const entered = await this.#enter(session, requested, params, pageLoad ? "load" : "resume", shows);
    if (entered === undefined) return undefined;
    const { view, asked } = entered;
    return {
      page: view.name,
      view: view === shows ? undefined : this.#contentOf(view, view.name === requested ? params : {}),
      fresh: pageLoad || view !== before || view !== shows,
      entered: asked,
    };
  }

  /** After the welcome: a pending `go`, a refresh if the tab's partials changed, onPageLoad if entered. */
  async pageOpened(session: ClientSession<S>, opened: OpenedPage): Promise<void> {
    const pending = this.#pendingGo.get(session);
    if (pending !== undefined) {
      this.#pendingGo.delete(session);
      session.outbox.sendUnnumbered(pending);
      return;
    }
    const page = session.page?.name;
    if (page === undefined) return;
    if (this.views.viewFor(session, page) !== session.page) this.go(session, page, { refresh: true });
    if (opened.entered) await this.#onPageLoad(session, page);
  }

  /** Handles a tab's `navigate`: switches its view and answers with the page. */
  async navigate(session: ClientSession<S>, message: NavigateMessage): Promise<void> {
    const params = message.params ?? {};
    const requested = this.views.resolve(message.page);
    if (requested === undefined) {
      const answer: PageMessage = {
        type: "page",
        id: message.id,
        page: message.page,
        params,
        error: `no page "${message.page}"`,
      };
      session.outbox.sendUnnumbered(answer);
      return;
    }
    const entered = await this.#enter(session, requested, params, message.refresh ? "refresh" : "navigate");
    if (entered === undefined) return;
    const { view, asked } = entered;
    const values = session.snapshot();
    // What waited for the old view is either no longer shown or in this snapshot; deltas start afresh.
    session.outbox.clearPending();
    session.outbox.recordSent(values);
    const content = this.#contentOf(view, view.name === requested ? params : {});
    session.outbox.sendUnnumbered({ type: "page", id: message.id, ...content, values });
    if (asked) await this.#onPageLoad(session, view.name);
  }

  /** Asks the tab to navigate to `to` (sent when it next connects if it is offline). */
  go(
    session: ClientSession<S>,
    to: string,
    options: { params?: PageParams; replace?: boolean; refresh?: boolean },
  ): void {
    const page = this.views.resolve(to);
    if (page === undefined) {
      const hint = didYouMean(to, this.views.names) ?? `pages: ${this.views.names.join(", ")}`;
      throw new GuiConfigurationError(`Unknown page "${to}" (${hint})`);
    }
    const message: GoMessage = { type: "go", page, ...options };
    if (session.connected) session.outbox.sendUnnumbered(message);
    else this.#pendingGo.set(session, message);
  }

  /**
   * The one place a tab's open page is set. Page `requested` if onNavigate allows it, else the page
   * onNavigate chose. onNavigate is not asked again for the page the tab has open (a refresh, a
   * reconnection): a page it was allowed stays allowed until it leaves, as in Taipy. `shows` is the view the
   * tab shows now, kept when its page is allowed and it is not a neutral one.
   */
  async #enter(
    session: ClientSession<S>,
    requested: string,
    params: PageParams,
    entry: Entry,
    shows?: PageView,
  ): Promise<{ view: PageView; asked: boolean } | undefined> {
    const stays = (entry === "refresh" || entry === "resume") && session.page?.name === requested;
    const allowed = stays ? requested : await this.#onNavigate(session, requested, params);
    const keep = allowed === requested && shows !== undefined && !this.views.isNeutral(shows);
    const view = keep ? shows : this.views.viewFor(session, allowed);
    if (view === undefined) return undefined;
    session.page = view;
    return { view, asked: !stays };
  }

  #contentOf(view: PageView, params: PageParams): ViewContent {
    return {
      page: view.name,
      params,
      slots: [...view.slotHtml],
      descriptor: view.descriptor,
      scripts: this.scriptsFor(view.elementTypes),
    };
  }

  #updatePartial(session: ClientSession<S>, name: string, text: PageText): void {
    this.views.setPartial(session, name, text);
    const page = session.page?.name;
    if (page !== undefined && this.views.viewFor(session, page) !== session.page) {
      this.go(session, page, { refresh: true });
    }
  }

  /**
   * The page onNavigate chose: `page` itself, or the known page it returned. A guard that throws or names
   * no page fails closed: the tab stays on the page it has open, or (on a page load) gets the first page.
   */
  async #onNavigate(session: ClientSession<S>, page: string, params: PageParams): Promise<string> {
    const onNavigate = this.#callbacks.onNavigate;
    if (onNavigate === undefined) return page;
    const proxy = session.state.proxy;
    // Wrapped, so that a guard returning nothing (allowed) is told apart from one that threw.
    const answer = await this.#runner.run(
      proxy,
      session,
      "onNavigate",
      async () => ({ chosen: await onNavigate(proxy, page, params) }),
    );
    const refused = () => session.page?.name ?? this.views.resolve("/") ?? page;
    if (answer === undefined) return refused();
    const chosen = answer.chosen;
    if (typeof chosen !== "string") return page;
    const resolved = this.views.resolve(chosen);
    if (resolved === undefined) {
      // It meant "not this page": where to, it got wrong.
      const fallback = refused();
      console.warn(`Tapir: onNavigate returned "${chosen}", which is no page; showing "${fallback}"`);
      return fallback;
    }
    return resolved;
  }

  async #onPageLoad(session: ClientSession<S>, page: string): Promise<void> {
    const onPageLoad = this.#callbacks.onPageLoad;
    if (onPageLoad === undefined) return;
    const proxy = session.state.proxy;
    await this.#runner.run(proxy, session, "onPageLoad", () => onPageLoad(proxy, page));
  }
}

/** A hello after a page load (not a reconnection of a page already shown): its values all start afresh. */
function isPageLoad(hello: HelloMessage): boolean {
  return (hello.resume?.lastSeq ?? -1) < 0;
}
