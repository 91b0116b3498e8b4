/**
 * The overlay of `holdControl`: a modal dialog over the whole page with the server's message and, when the
 * app gave a cancel callback, a Cancel button. While it shows, everything else on the page is inert (no
 * clicks, no focus, hidden from assistive technology), except the toasts, which stay readable.
 */

/** What the overlay shows. */
export interface HoldOptions {
  message: string;
  /** Called when the user presses Cancel; without it there is no Cancel button. */
  onCancel?: () => void;
}

const OVERLAY_CLASS = "tapir-hold";
/** Elements this overlay made inert, to give back exactly those. */
let madeInert: HTMLElement[] = [];
let focusedBefore: Element | null = null;

/**
 * Shows the overlay, or updates the one shown.
 *
 * @example
 * ```ts
 * showHold({ message: "Importing...", onCancel: () => connection.cancelHold() });
 * ```
 */
export function showHold(options: HoldOptions): void {
  const existing = document.querySelector<HTMLElement>(`body > .${OVERLAY_CLASS}`);
  if (existing === null) focusedBefore = document.activeElement;
  existing?.remove();
  const overlay = document.createElement("div");
  overlay.className = OVERLAY_CLASS;
  overlay.setAttribute("role", "dialog");
  overlay.setAttribute("aria-modal", "true");
  overlay.setAttribute("aria-labelledby", "tapir-hold-message");
  const box = document.createElement("div");
  box.className = "tapir-hold-box";
  box.tabIndex = -1;
  const spinner = document.createElement("div");
  spinner.className = "tapir-hold-spinner";
  spinner.setAttribute("aria-hidden", "true");
  const text = document.createElement("p");
  text.id = "tapir-hold-message";
  text.textContent = options.message;
  box.append(spinner, text);
  let cancel: HTMLButtonElement | undefined;
  if (options.onCancel !== undefined) {
    const onCancel = options.onCancel;
    cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "tapir-hold-cancel";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", () => {
      cancel?.setAttribute("disabled", "");
      onCancel();
    });
    box.append(cancel);
  }
  overlay.append(box);
  // Tab must not leave the dialog: the rest is inert, but the browser's own UI would be next.
  overlay.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    event.preventDefault();
    (cancel ?? box).focus();
  });
  document.body.append(overlay);
  setPageInert(overlay);
  (cancel ?? box).focus();
}

/** Takes the overlay away and gives the page back its interactivity and focus. */
export function hideHold(): void {
  const overlay = document.querySelector<HTMLElement>(`body > .${OVERLAY_CLASS}`);
  if (overlay === null) return;
  overlay.remove();
  for (const element of madeInert) element.inert = false;
  madeInert = [];
  if (focusedBefore instanceof HTMLElement && focusedBefore.isConnected) focusedBefore.focus();
  focusedBefore = null;
}

function setPageInert(overlay: HTMLElement): void {
  for (const child of document.body.children) {
    if (!(child instanceof HTMLElement) || child === overlay || child.classList.contains("tapir-toasts")) {
      continue;
    }
    if (child.inert) continue;
    child.inert = true;
    madeInert.push(child);
  }
}
