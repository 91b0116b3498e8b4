/**
 * What the server asks a tab to show besides values: notifications, the blocking overlay of
 * `holdControl`, a file to download, and (in dev mode) a page that no longer compiles or must be loaded
 * again. Shared by server and
 * browser; pure types.
 *
 * All of them travel unnumbered, outside the patch stream: a tab that reconnects is not sent them again.
 * The server keeps what is still true instead (a hold, a page error) and sends it after every welcome, and
 * keeps the few notifications and downloads decided while the tab was offline until it comes back.
 */

/** How a notification looks: Taipy's four kinds. */
export type NotificationLevel = "info" | "success" | "warning" | "error";

/** Shows a toast in the tab (`notify(state, ...)`). */
export interface NotifyMessage {
  type: "notify";
  level: NotificationLevel;
  message: string;
  /** How long the toast stays, in ms; 0 keeps it until the user dismisses it. */
  duration: number;
}

/** Blocks the page behind an overlay (`holdControl`), or lifts it (`resumeControl`). */
export interface HoldMessage {
  type: "hold";
  /** False lifts the overlay; the other fields are then absent. */
  active: boolean;
  message?: string;
  /** True when the overlay offers a Cancel button (the tab then sends `cancel-hold`). */
  cancellable?: boolean;
}

/** Makes the browser download a file that the server serves at `url` (see file_transfer.ts). */
export interface DownloadMessage {
  type: "download";
  /** A `DOWNLOAD_PATH` URL; the tab appends "/" and the file name. */
  url: string;
  name: string;
}

/**
 * The server has been working on this tab's last message for a while (a long callback), or is done with
 * it. The tab shows that it is working; it can still navigate and reload meanwhile.
 */
export interface BusyMessage {
  type: "busy";
  active: boolean;
}

/** Dev mode: a page file no longer compiles (`error` holds the message and its code frame), or is fixed. */
export interface DevErrorMessage {
  type: "dev-error";
  /** The error with its code frame; null once every page compiles again. */
  error: string | null;
}

/** Dev mode: the root page changed, which a tab cannot swap in place: it loads the page again. */
export interface ReloadMessage {
  type: "reload";
}

export type NoticeMessage =
  | NotifyMessage
  | HoldMessage
  | BusyMessage
  | DownloadMessage
  | DevErrorMessage
  | ReloadMessage;

/** The tab's user pressed the Cancel button of a hold overlay. */
export interface CancelHoldMessage {
  type: "cancel-hold";
}
