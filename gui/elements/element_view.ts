/**
 * One element as the server-side hooks see it for one client: its property values and the app's functions.
 * A file of its own so that write rules (write_check.ts) and request handlers need not import the element
 * definitions that name them.
 */

/** One element of one client's page, as a request handler sees it. */
export interface ElementView {
  /** The property's current value for this client: evaluated when bound, else the static value. */
  value(name: string): unknown;
  /**
   * Runs the app's registered function `name` as `name(state, ...args)` with this client's State, the way
   * callbacks run: a throw goes to onException and yields undefined. For what a request computes per row
   * (a table's class names) or triggers (a table's on_edit). Rejects for a function the app did not register.
   */
  call(name: string, args: readonly unknown[]): Promise<unknown>;
}
