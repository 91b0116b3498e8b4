/**
 * What every component of a page shares: the page descriptor, the value store and the connection.
 * Created on first use, by whichever module script runs first, so the order in which the browser runs
 * `main.js` and the element scripts does not matter.
 */
import { signal } from "@lit-labs/signals";
import type { Signal } from "@lit-labs/signals";
import { PAGE_DESCRIPTOR_ID, type PageDescriptor } from "../protocol/page_descriptor.ts";
import { SOCKET_PATH } from "../protocol/messages.ts";
import { Connection } from "./connection.ts";
import { Navigator } from "./navigator.ts";
import { Notices } from "./notices.ts";
import { readPageDescriptor } from "./read_page_descriptor.ts";
import { Store } from "./store.ts";
import { TicketStorage } from "./ticket_storage.ts";

/** The shared objects of one page. */
export interface PageContext {
  page: PageDescriptor;
  store: Store;
  connection: Connection;
  /** Navigation without reload (see navigator.ts). */
  navigator: Navigator;
  /** The name of the page shown, what a navbar marks as current (read it through current_page.ts). */
  pageName: Signal.State<string>;
}

let current: PageContext | undefined;

/**
 * The page's context, created on first call from the descriptor in the document.
 *
 * @example
 * ```ts
 * const { store, connection } = pageContext();
 * ```
 */
export function pageContext(): PageContext {
  current ??= createPageContext();
  return current;
}

function createPageContext(): PageContext {
  const script = document.getElementById(PAGE_DESCRIPTOR_ID);
  const page = script?.textContent
    ? readPageDescriptor(script.textContent)
    : { page: location.pathname, elements: [] };
  const store = new Store();
  let context: PageContext | undefined;
  const notices = new Notices(() => context?.connection.cancelHold());
  const connection = new Connection({
    url: socketUrl(),
    page: page.page,
    values: store,
    tickets: new TicketStorage(sessionStorageOrUndefined()),
    onError: (error) => {
      console.warn(`Tapir: ${error.code}: ${error.message}`);
      document.dispatchEvent(new CustomEvent("tapir-error", { detail: error, bubbles: true }));
      notices.error(error);
    },
    onNotice: (message) => notices.notice(message),
    onWelcome: (resumed, hadState) => notices.welcomed(resumed, hadState),
    onStateChange: (state) => {
      // Lets a stylesheet show that the page is offline.
      document.documentElement.dataset["tapirConnection"] = state;
      notices.stateChanged(state);
      context?.navigator.connectionChanged(state);
    },
    onNavigation: (message) => context?.navigator.receive(message),
    onView: (view) => context?.navigator.showView(view),
  });
  const pageName = signal(page.page);
  const navigator = new Navigator({
    store,
    connection,
    setDescriptor: (descriptor) => {
      if (context !== undefined) context.page = descriptor;
    },
    setPageName: (name) => pageName.set(name),
  });
  context = { page, store, connection, navigator, pageName };
  return context;
}

function socketUrl(): string {
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${location.host}${SOCKET_PATH}`;
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    // Reading sessionStorage throws when the browser blocks storage for the site.
    return undefined;
  }
}
