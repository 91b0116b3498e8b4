/**
 * The name of the page the tab shows, as a signal: what a navbar marks as current. The navigator sets it
 * after each navigation; the signal lives in the page's context, which the navigator does not import.
 */
import type { Signal } from "@lit-labs/signals";
import { pageContext } from "./page_context.ts";

/**
 * The signal of the current page's name, created with the page's context from the page descriptor.
 *
 * @example
 * ```ts
 * const shown = currentPage().get(); // "about"
 * ```
 */
export function currentPage(): Signal.State<string> {
  return pageContext().pageName;
}
