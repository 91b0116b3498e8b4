import type { NoticeMessage, NotificationLevel } from "../protocol/notices.ts";

const LEVELS: readonly NotificationLevel[] = ["info", "success", "warning", "error"];

/**
 * Checks the shape of a `notify`, `hold`, `download`, `dev-error` or `reload` message from the server (see
 * read_server_message.ts); undefined when it is not one.
 *
 * @example
 * ```ts
 * readNoticeMessage({ type: "notify", level: "info", message: "Saved", duration: 3000 }); // the same, typed
 * readNoticeMessage({ type: "notify", level: "loud" }); // undefined
 * ```
 */
export function readNoticeMessage(message: Record<string, unknown>): NoticeMessage | undefined {
  switch (message["type"]) {
    case "notify": {
      const { level, message: text, duration } = message;
      const known = LEVELS.find((candidate) => candidate === level);
      if (known === undefined || typeof text !== "string") return undefined;
      if (typeof duration !== "number" || !(duration >= 0)) return undefined;
      return { type: "notify", level: known, message: text, duration };
    }
    case "hold": {
      if (message["active"] !== true) return { type: "hold", active: false };
      const text = message["message"];
      return {
        type: "hold",
        active: true,
        message: typeof text === "string" ? text : "",
        cancellable: message["cancellable"] === true,
      };
    }
    case "busy":
      return { type: "busy", active: message["active"] === true };
    case "download": {
      const { url, name } = message;
      if (typeof url !== "string" || typeof name !== "string") return undefined;
      return { type: "download", url, name };
    }
    case "dev-error": {
      const error = message["error"];
      return { type: "dev-error", error: typeof error === "string" ? error : null };
    }
    case "reload":
      return { type: "reload" };
    default:
      return undefined;
  }
}
