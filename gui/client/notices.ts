/**
 * What the tab shows besides its page: the server's notices (notifications, hold overlay, downloads,
 * dev-mode errors), its error messages, and the state of its connection (lost, back, or started afresh).
 */
import type { ErrorMessage } from "../protocol/messages.ts";
import type { NoticeMessage } from "../protocol/notices.ts";
import type { ConnectionState } from "./connection.ts";
import { showDevError } from "./dev_overlay.ts";
import { startDownload } from "./download_file.ts";
import { showBusy } from "./busy_indicator.ts";
import { hideHold, showHold } from "./hold_overlay.ts";
import { dismissToastByKey, showToast } from "./toasts.ts";

/** Connection notices share one toast: each replaces the previous one. */
const CONNECTION_KEY = "connection";
/** A connection back within this time was a blip: no notice about it. */
const LOST_NOTICE_DELAY_MS = 1500;
const ERROR_DURATION_MS = 6000;

/**
 * Shows what the connection reports; one per page.
 *
 * @example
 * ```ts
 * const notices = new Notices(() => connection.cancelHold());
 * new Connection({ ..., onNotice: (m) => notices.notice(m), onError: (e) => notices.error(e) });
 * ```
 */
export class Notices {
  readonly #cancelHold: () => void;
  #wasOpen = false;
  #lostTimer: ReturnType<typeof setTimeout> | undefined;
  #lostShown = false;

  constructor(cancelHold: () => void) {
    this.#cancelHold = cancelHold;
  }

  notice(message: NoticeMessage): void {
    switch (message.type) {
      case "notify":
        showToast({ level: message.level, message: message.message, duration: message.duration });
        return;
      case "hold":
        if (!message.active) hideHold();
        else {
          showHold({
            message: message.message ?? "",
            ...(message.cancellable ? { onCancel: this.#cancelHold } : {}),
          });
        }
        return;
      case "busy":
        showBusy(message.active);
        return;
      case "download":
        startDownload({ kind: "link", link: { url: message.url, local: true } }, message.name);
        return;
      case "dev-error":
        showDevError(message.error);
        return;
      case "reload":
        location.reload();
        return;
      default: {
        const unknown: never = message;
        return unknown;
      }
    }
  }

  /** An error message from the server (a failed callback, a refused value). */
  error(error: ErrorMessage): void {
    showToast({ level: "error", message: error.message, duration: ERROR_DURATION_MS });
  }

  stateChanged(state: ConnectionState): void {
    if (state === "open") {
      this.#wasOpen = true;
      clearTimeout(this.#lostTimer);
      return;
    }
    if (state !== "closed" || !this.#wasOpen || this.#lostTimer !== undefined) return;
    this.#lostTimer = setTimeout(() => {
      this.#lostShown = true;
      showToast({
        level: "warning",
        message: "Connection lost: reconnecting...",
        duration: 0,
        key: CONNECTION_KEY,
      });
    }, LOST_NOTICE_DELAY_MS);
  }

  /** The server welcomed the tab: with the state it had (`resumed`), or with a new one. */
  welcomed(resumed: boolean, hadState: boolean): void {
    clearTimeout(this.#lostTimer);
    this.#lostTimer = undefined;
    // The server sends the dev error again after every welcome while there is one.
    showDevError(null);
    // A new connection has no message in progress.
    showBusy(false);
    // A new state has no hold; a resumed one is told of its hold, or of its release, after the welcome.
    if (!resumed) hideHold();
    if (hadState && !resumed) {
      showToast({
        level: "warning",
        message: "This page started afresh: the server restarted or no longer had its state.",
        duration: 10_000,
        key: CONNECTION_KEY,
      });
    } else if (this.#lostShown) {
      showToast({ level: "success", message: "Reconnected", duration: 3000, key: CONNECTION_KEY });
    } else dismissToastByKey(CONNECTION_KEY);
    this.#lostShown = false;
  }
}
