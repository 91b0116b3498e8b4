/** `notify(state, type, message, { duration })`: Taipy's notification, a toast in one tab. */
import { didYouMean, GuiConfigurationError } from "../errors.ts";
import type { NotificationLevel } from "../protocol/notices.ts";
import { tabControls } from "../server/tab_controls.ts";

export type { NotificationLevel } from "../protocol/notices.ts";

/**
 * A notification's kind: its full name, or Taipy's one-letter short form.
 *
 * @example
 * ```ts
 * const kind: NotificationType = failed ? "e" : "success";
 * ```
 */
export type NotificationType = NotificationLevel | "i" | "s" | "w" | "e";

/**
 * Options of {@linkcode notify}.
 *
 * @example
 * ```ts
 * notify(state, "info", "Sticky until dismissed", { duration: 0 });
 * ```
 */
export interface NotifyOptions {
  /** How long the toast stays, in ms (default 3000); 0 keeps it until the user dismisses it. */
  duration?: number;
}

const LEVELS: Record<NotificationType, NotificationLevel> = {
  info: "info",
  success: "success",
  warning: "warning",
  error: "error",
  i: "info",
  s: "success",
  w: "warning",
  e: "error",
};

/**
 * Shows a notification in the tab of `state`: a toast that goes after `duration` ms or when dismissed,
 * announced to screen readers (errors assertively). A tab that is offline gets it when it reconnects; a
 * tab that reconnects later is not shown it again.
 *
 * @example
 * ```ts
 * function save(state: State<AppState>) {
 *   storeRows(state.rows);
 *   notify(state, "success", `Saved ${state.rows.length} rows`);
 *   notify(state, "w", "The quota is nearly used up", { duration: 10_000 });
 * }
 * ```
 */
export function notify(
  state: object,
  type: NotificationType,
  message: string,
  options: NotifyOptions = {},
): void {
  const controls = tabControls(state, "notify()");
  const level = Object.hasOwn(LEVELS, type) ? LEVELS[type] : undefined;
  if (level === undefined) {
    const hint = didYouMean(String(type), Object.keys(LEVELS)) ??
      `use "info", "success", "warning" or "error"`;
    throw new GuiConfigurationError(`Unknown notification type "${type}" (${hint})`);
  }
  const duration = options.duration ?? 3000;
  if (!Number.isFinite(duration) || duration < 0) {
    throw new GuiConfigurationError(`notify() expects a duration of 0 ms or more, got ${duration}`);
  }
  controls.notify({ type: "notify", level, message: String(message), duration });
}
