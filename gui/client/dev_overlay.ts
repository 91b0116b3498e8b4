/**
 * Dev mode's error overlay: a page file that no longer compiles shows its error and code frame over the
 * page, until the file compiles again (or the developer closes it). The page underneath keeps its state.
 */

const OVERLAY_CLASS = "tapir-dev-error";

/**
 * Shows `error` (a message ending with a code frame), or takes the overlay away for null.
 *
 * @example
 * ```ts
 * showDevError('Unknown element "slidr" in page "/" at line 3, column 5\n\n  3 | <|{x}|slidr|>');
 * showDevError(null);
 * ```
 */
export function showDevError(error: string | null): void {
  document.querySelector(`body > .${OVERLAY_CLASS}`)?.remove();
  if (error === null) return;
  console.error(`Tapir: ${error}`);
  const overlay = document.createElement("div");
  overlay.className = OVERLAY_CLASS;
  overlay.setAttribute("role", "alert");
  const title = document.createElement("strong");
  title.textContent = "The page does not compile: the page shows its last good version";
  const frame = document.createElement("pre");
  frame.textContent = error;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "tapir-dev-error-close";
  close.setAttribute("aria-label", "Close");
  close.textContent = "\u00d7";
  close.addEventListener("click", () => overlay.remove());
  overlay.append(close, title, frame);
  document.body.append(overlay);
}
