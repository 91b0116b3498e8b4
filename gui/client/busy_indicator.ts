/**
 * Shows that the server is still working on the tab's last message (a long callback): a thin moving bar
 * at the top of the page and a progress cursor. Unlike the hold overlay it blocks nothing, so the user can
 * still navigate or reload while a callback runs.
 */

const BUSY_ATTRIBUTE = "data-tapir-busy";

/**
 * Turns the indicator on or off.
 *
 * @example
 * ```ts
 * showBusy(true); // the server said it is busy
 * showBusy(false); // done
 * ```
 */
export function showBusy(active: boolean): void {
  document.documentElement.toggleAttribute(BUSY_ATTRIBUTE, active);
  if (active) document.body.setAttribute("aria-busy", "true");
  else document.body.removeAttribute("aria-busy");
}
