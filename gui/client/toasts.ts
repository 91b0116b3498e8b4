/**
 * The tab's toasts: notifications from `notify(state, ...)`, errors from the server and connection
 * notices. They stack in one corner, newest last, each with a dismiss button, and go by themselves after
 * their duration. The stack is a polite live region; errors are alerts, announced at once.
 */
import type { NotificationLevel } from "../protocol/notices.ts";

/** What a toast shows. */
export interface ToastOptions {
  level: NotificationLevel;
  message: string;
  /** How long it stays, in ms; 0 keeps it until dismissed. */
  duration: number;
  /** A toast with the same key replaces this one (a connection notice replaced by the next). */
  key?: string;
}

/** Toasts shown at once; the oldest gives way, so a flood of notifications cannot cover the page. */
const MAX_TOASTS = 5;

/**
 * Shows a toast and returns it (pass it to `dismissToast` to take it away early).
 *
 * @example
 * ```ts
 * showToast({ level: "success", message: "Saved", duration: 3000 });
 * ```
 */
export function showToast(options: ToastOptions): HTMLElement {
  const stack = toastStack();
  if (options.key !== undefined) {
    for (const old of stack.querySelectorAll<HTMLElement>(".tapir-toast")) {
      if (old.dataset["key"] === options.key) dismissToast(old);
    }
  }
  const toast = document.createElement("div");
  toast.className = "tapir-toast";
  toast.dataset["level"] = options.level;
  if (options.key !== undefined) toast.dataset["key"] = options.key;
  toast.setAttribute("role", options.level === "error" ? "alert" : "status");
  const text = document.createElement("div");
  text.className = "tapir-toast-message";
  text.textContent = options.message;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "tapir-toast-close";
  close.setAttribute("aria-label", "Dismiss");
  close.textContent = "\u00d7";
  close.addEventListener("click", () => dismissToast(toast));
  toast.append(text, close);
  stack.append(toast);
  const shown = stack.querySelectorAll(".tapir-toast");
  for (let index = 0; index < shown.length - MAX_TOASTS; index++) shown[index]?.remove();
  if (options.duration > 0) setTimeout(() => dismissToast(toast), options.duration);
  return toast;
}

/** Takes a toast away; nothing happens if it is already gone. */
export function dismissToast(toast: HTMLElement): void {
  toast.remove();
}

/** Dismisses the toast shown under `key`, if any. */
export function dismissToastByKey(key: string): void {
  for (const toast of document.querySelectorAll<HTMLElement>(".tapir-toasts .tapir-toast")) {
    if (toast.dataset["key"] === key) dismissToast(toast);
  }
}

/** The stack, created on first use as the last child of the body (above the page and any overlay). */
function toastStack(): HTMLElement {
  const existing = document.querySelector<HTMLElement>("body > .tapir-toasts");
  if (existing !== null) return existing;
  const stack = document.createElement("section");
  stack.className = "tapir-toasts";
  stack.setAttribute("aria-label", "Notifications");
  stack.setAttribute("aria-live", "polite");
  document.body.append(stack);
  return stack;
}
