/**
 * Entry point of every Tapir page: connects the page to its server-side state. Element scripts
 * (`tp_<type>.js`) load beside it, one per element type the page uses.
 */
import { PAGE_DESCRIPTOR_ID } from "../protocol/page_descriptor.ts";
import { pageContext } from "./page_context.ts";
import type { Connection } from "./connection.ts";
import type { Store } from "./store.ts";

declare global {
  interface Window {
    /** For tests and benchmarks: the page's store and connection. */
    __tapir?: { store: Store; connection: Connection };
  }
}

// A page without a descriptor (an error page, say) has nothing to connect.
if (document.getElementById(PAGE_DESCRIPTOR_ID) !== null) {
  const { store, connection, navigator } = pageContext();
  window.__tapir = { store, connection };
  navigator.start();
  connection.start();
}
