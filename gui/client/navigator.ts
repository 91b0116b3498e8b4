/**
 * Navigation without reload. A click on a link to another page of the app, back/forward, or the server's
 * `go` becomes a `navigate` message; the `page` answer brings the new view's descriptor, values, slot HTML
 * and the element scripts it needs. The root page's own elements stay as they are (their indexes are the
 * same in every view); only its slots (`<|content|>`, partials) are swapped.
 *
 * While a navigation is on its way the slots are inert, so that nothing the user does there can reach the
 * server after the `navigate` and be read against the new view. Whatever cannot go over the socket (the
 * tab is offline, the server knows no such page) falls back to an ordinary page load.
 */
import { ASSET_PATH } from "../protocol/messages.ts";
import {
  type GoMessage,
  type NavigateMessage,
  PAGE_NAME,
  type PageMessage,
  pageNameOf,
  type PageParams,
  pagePath,
  type ViewContent,
} from "../protocol/navigation.ts";
import type { PageDescriptor } from "../protocol/page_descriptor.ts";
import type { Connection, ConnectionState } from "./connection.ts";
import type { Store } from "./store.ts";

/** How a navigation changes the browser's history. */
type HistoryMode = "push" | "replace" | "none";

interface Pending {
  message: NavigateMessage;
  url: URL;
  mode: HistoryMode;
}

/** Where a shown page puts the address. */
type Destination = Pick<Pending, "url" | "mode">;

/** What the navigator changes besides the DOM. */
export interface NavigatorTarget {
  store: Store;
  connection: Connection;
  setDescriptor(descriptor: PageDescriptor): void;
  /** Marks the page shown by name (the current page's signal, see current_page.ts). */
  setPageName(name: string): void;
}

/**
 * The tab's navigator; `start()` once the page is up.
 *
 * @example
 * ```ts
 * const navigator = new Navigator({
 *   store,
 *   connection,
 *   setDescriptor: (page) => void (context.page = page),
 *   setPageName: (name) => pageName.set(name),
 * });
 * navigator.start();
 * navigator.navigate("/about");
 * ```
 */
export class Navigator {
  readonly #target: NavigatorTarget;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Shown pages are applied in the order they came, even when one waits for its scripts. */
  #showing: Promise<void> = Promise.resolve();
  /** Path and query of the page shown: back/forward between fragments of one page is no navigation. */
  #shown = "";

  constructor(target: NavigatorTarget) {
    this.#target = target;
  }

  /** Listens to link clicks and back/forward; call before the connection starts (hello carries the params). */
  start(): void {
    this.#target.connection.params = Object.fromEntries(new URL(location.href).searchParams);
    document.addEventListener("click", (event) => this.#onClick(event));
    window.addEventListener("popstate", () => {
      if (location.pathname + location.search !== this.#shown) this.navigate(location.href, "none");
    });
    // "/" shows the first page: the address says which, so that a reload and back/forward agree.
    const shown = this.#target.connection.page;
    if (shown !== "/" && pageNameOf(location.pathname) !== shown) {
      history.replaceState(history.state, "", pagePath(shown) + location.search + location.hash);
    }
    this.#shown = location.pathname + location.search;
  }

  /** Shows the page `target` (a URL or a path) without reloading, when the connection allows. */
  navigate(target: string | URL, mode: HistoryMode = "push"): void {
    const url = new URL(target, location.href);
    const page = pageNameOf(decodeURIComponent(url.pathname));
    const params: PageParams = Object.fromEntries(url.searchParams);
    this.#send(
      { type: "navigate", id: this.#nextId++, page, ...(url.search === "" ? {} : { params }) },
      url,
      mode,
    );
  }

  /** Handles the server's `page` and `go` messages. */
  receive(message: PageMessage | GoMessage): void {
    if (message.type === "go") {
      const url = new URL(pagePath(message.page) + query(message.params ?? {}), location.href);
      if (message.refresh) {
        const refresh: NavigateMessage = {
          type: "navigate",
          id: this.#nextId++,
          page: message.page,
          refresh: true,
        };
        // Rebuilding the page shown keeps its address: its query parameters and its fragment.
        const params = message.params ?? this.#target.connection.params;
        if (Object.keys(params).length > 0) refresh.params = params;
        const here = new URL(pagePath(message.page) + query(params) + location.hash, location.href);
        this.#send(refresh, here, "none");
      } else {
        this.navigate(url, message.replace ? "replace" : "push");
      }
      return;
    }
    const pending = this.#pending.get(message.id);
    if (pending === undefined) return;
    this.#pending.delete(message.id);
    if (message.error !== undefined) {
      this.#load(pending.url, pending.mode);
      return;
    }
    // Values at once: patches that follow this message are newer and must land on top of them.
    if (message.values !== undefined) this.#target.store.setAll(message.values);
    this.#showing = this.#showing
      .then(() => this.#show(message, pending))
      .catch((error: unknown) => {
        console.error("Tapir: the page could not be shown", error);
        this.#load(pending.url, "none");
      });
  }

  /**
   * Shows the view a welcome brought, in place of the document's (a neutral frame, or a page the server
   * did not let the tab have); the address becomes the view's page.
   */
  showView(view: ViewContent): void {
    const hash = view.page === pageNameOf(location.pathname) ? location.hash : "";
    const url = new URL(pagePath(view.page) + query(view.params) + hash, location.href);
    this.#showing = this.#showing
      .then(() => this.#show({ type: "page", id: 0, ...view }, { url, mode: "replace" }))
      .catch((error: unknown) => {
        console.error("Tapir: the page could not be shown", error);
        this.#load(url, "none");
      });
  }

  /** Sends navigations that were waiting when the connection came back. */
  connectionChanged(state: ConnectionState): void {
    if (state !== "open") return;
    for (const pending of this.#pending.values()) this.#target.connection.navigate(pending.message);
  }

  #send(message: NavigateMessage, url: URL, mode: HistoryMode): void {
    if (!PAGE_NAME.test(message.page) || !this.#target.connection.navigate(message)) {
      this.#load(url, mode);
      return;
    }
    this.#pending.set(message.id, { message, url, mode });
    this.#setBusy(true);
  }

  async #show(message: PageMessage, pending: Destination): Promise<void> {
    const { slots = [], descriptor, scripts = [] } = message;
    if (descriptor === undefined) return;
    await Promise.all(scripts.map((file) => import(`${ASSET_PATH}${file}`)));
    const containers = topLevelSlots();
    if (containers.length !== slots.length) {
      // The root page this document shows is not the server's (the app was restarted with other pages).
      this.#load(pending.url, "none");
      return;
    }
    // The descriptor first: the new elements find theirs when they connect.
    this.#target.setDescriptor(descriptor);
    containers.forEach((container, index) => void (container.innerHTML = slots[index] ?? ""));
    const connection = this.#target.connection;
    connection.page = message.page;
    connection.params = message.params;
    this.#shown = pagePath(message.page) + query(message.params);
    this.#target.setPageName(message.page);
    const path = pagePath(message.page) + query(message.params) + pending.url.hash;
    if (pending.mode === "push") history.pushState(null, "", path);
    else if (pending.mode === "replace" || path !== location.pathname + location.search + location.hash) {
      history.replaceState(history.state, "", path);
    }
    if (this.#pending.size === 0) this.#setBusy(false);
    if (pending.url.hash !== "") {
      document.getElementById(decodeURIComponent(pending.url.hash.slice(1)))?.scrollIntoView();
    } else if (pending.mode === "push") window.scrollTo(0, 0);
    document.dispatchEvent(new CustomEvent("tapir-navigated", { detail: { page: message.page } }));
  }

  #onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    if (event.altKey) return;
    const anchor = event.composedPath().find((target) => target instanceof HTMLAnchorElement);
    if (!(anchor instanceof HTMLAnchorElement) || anchor.href === "") return;
    if ((anchor.target !== "" && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
    if (anchor.relList.contains("external")) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || url.pathname.startsWith(ASSET_PATH)) return;
    if (url.pathname === location.pathname && url.search === location.search) {
      // The page already shown: a fragment scrolls as usual; anything else has nothing to do.
      if (url.hash === "") event.preventDefault();
      return;
    }
    event.preventDefault();
    this.navigate(url, "push");
  }

  /** The ordinary way: the server answers with the page, or with its 404. */
  #load(url: URL, mode: HistoryMode): void {
    if (mode === "push") location.assign(url.href);
    else location.replace(url.href);
  }

  #setBusy(busy: boolean): void {
    for (const slot of topLevelSlots()) slot.inert = busy;
    if (busy) document.documentElement.dataset["tapirNavigating"] = "";
    else delete document.documentElement.dataset["tapirNavigating"];
  }
}

/** The root page's slots (not those inside a slot), in document order. */
function topLevelSlots(): HTMLElement[] {
  const page = document.querySelector("main.tapir-page") ?? document.body;
  return [...page.querySelectorAll<HTMLElement>("[data-tp-slot]")]
    .filter((slot) => slot.parentElement?.closest("[data-tp-slot]") === null);
}

function query(params: PageParams): string {
  const search = new URLSearchParams(params).toString();
  return search === "" ? "" : `?${search}`;
}
