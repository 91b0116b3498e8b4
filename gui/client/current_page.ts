/**
 * The name of the page the tab shows, as a signal: what a navbar marks as current. The navigator sets it
 * after each navigation.
 */
import { signal } from "@lit-labs/signals";
import type { Signal } from "@lit-labs/signals";
import { pageContext } from "./page_context.ts";

let current: Signal.State<string> | undefined;

/**
 * The signal of the current page's name, created from the page descriptor on first use.
 *
 * @example
 * ```ts
 * const shown = currentPage().get(); // "about"
 * ```
 */
export function currentPage(): Signal.State<string> {
  current ??= signal(pageContext().page.page);
  return current;
}
