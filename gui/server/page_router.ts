/**
 * Navigation on the server: which view a tab has open, `navigate` requests and their `page` answers, the
 * `go` messages that ask a tab to navigate, and the onNavigate / onPageLoad callbacks.
 *
 * A tab's view changes only while the server handles the tab's own `navigate` message (see
 * protocol/navigation.ts), so an element index the tab sends is always read against the view the tab
 * shows. When the server wants another page (navigate(state), a redirect on page load, a partial that
 * changed), it sends `go` and lets the tab ask.
 */
import { didYouMean, GuiConfigurationError } from "../errors.ts";
import type { CompiledPage } from "../page/compiled_page.ts";
import type { PageText } from "../page/page_text.ts";
import type { HelloMessage } from "../protocol/messages.ts";
import type { GoMessage, NavigateMessage, PageMessage, PageParams } from "../protocol/navigation.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import type { ClientSession } from "./client_session.ts";
import type { GuiCallbacks } from "./gui_context.ts";
import type { PageViews } from "./page_views.ts";
import { registerStateNavigation } from "./state_navigation.ts";

export class PageRouter<S extends object> {
  readonly views: PageViews;
  /** The element scripts a view needs (file names under ASSET_PATH); set once the client assets are loaded. */
  scriptsFor: (elementTypes: Iterable<string>) => string[] = () => [];
  readonly #callbacks: GuiCallbacks<S>;
  readonly #runner: CallbackRunner<S>;
  /** `go` messages for tabs that were offline when they were decided. */
  readonly #pendingGo = new WeakMap<ClientSession<S>, GoMessage>();
  /** A page-load redirect onNavigate already chose: the tab's navigate for it skips onNavigate. */
  readonly #approved = new WeakMap<ClientSession<S>, string>();
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
   * The view a hello opens: on a page load, the default view (the document the tab loaded shows it); on a
   * reconnection, the view the tab still shows.
   */
  openView(session: ClientSession<S>, hello: HelloMessage): CompiledPage | undefined {
    const name = this.views.resolve(hello.page);
    if (name === undefined) return undefined;
    if (isPageLoad(hello)) return this.views.views.get(name);
    const shown = session.page;
    return shown?.name === name ? shown : this.views.viewFor(session, name);
  }

  /** After the welcome: pending `go`, then on a page load onNavigate and onPageLoad. */
  async pageOpened(session: ClientSession<S>, hello: HelloMessage): Promise<void> {
    const pending = this.#pendingGo.get(session);
    const page = session.page?.name;
    const pageLoad = isPageLoad(hello) || !this.#opened.has(session);
    this.#opened.add(session);
    if (pending !== undefined) {
      this.#pendingGo.delete(session);
      session.outbox.sendUnnumbered(pending);
      return;
    }
    if (page === undefined) return;
    if (!pageLoad) {
      if (this.views.viewFor(session, page) !== session.page) this.go(session, page, { refresh: true });
      return;
    }
    const target = await this.#onNavigate(session, page, hello.params ?? {});
    if (target !== page) {
      this.#approved.set(session, target);
      this.go(session, target, { replace: true });
      return;
    }
    if (this.views.hasOwnViews(session)) this.go(session, page, { refresh: true });
    await this.#onPageLoad(session, page);
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
    const approved = this.#approved.get(session) === requested;
    this.#approved.delete(session);
    const target = message.refresh || approved
      ? requested
      : await this.#onNavigate(session, requested, params);
    const view = this.views.viewFor(session, target);
    if (view === undefined) return;
    session.page = view;
    const values = session.snapshot();
    // What waited for the old view is either no longer shown or in this snapshot; deltas start afresh.
    session.outbox.clearPending();
    session.outbox.recordSent(values);
    session.outbox.sendUnnumbered({
      type: "page",
      id: message.id,
      page: target,
      params: target === requested ? params : {},
      slots: [...view.slotHtml],
      descriptor: view.descriptor,
      scripts: this.scriptsFor(view.elementTypes),
      values,
    });
    if (!message.refresh) await this.#onPageLoad(session, target);
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

  #updatePartial(session: ClientSession<S>, name: string, text: PageText): void {
    this.views.setPartial(session, name, text);
    const page = session.page?.name;
    if (page !== undefined && this.views.viewFor(session, page) !== session.page) {
      this.go(session, page, { refresh: true });
    }
  }

  /** The page onNavigate chose: `page` itself, or the known page it returned. */
  async #onNavigate(session: ClientSession<S>, page: string, params: PageParams): Promise<string> {
    const onNavigate = this.#callbacks.onNavigate;
    if (onNavigate === undefined) return page;
    const proxy = session.state.proxy;
    const chosen = await this.#runner.run(
      proxy,
      session,
      "onNavigate",
      () => onNavigate(proxy, page, params),
    );
    if (typeof chosen !== "string") return page;
    const resolved = this.views.resolve(chosen);
    if (resolved === undefined) {
      console.warn(`Tapir: onNavigate returned "${chosen}", which is no page; showing "${page}"`);
      return page;
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
