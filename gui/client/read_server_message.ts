import type { ErrorCode, ServerMessage, ValueMap, WelcomeMessage } from "../protocol/messages.ts";
import type { ValueDelta } from "../protocol/value_delta.ts";
import { readNavigationMessage, readViewContent } from "./read_navigation_message.ts";
import { readNoticeMessage } from "./read_notice_message.ts";

/**
 * Parses a WebSocket frame from the server and checks its shape, so that the rest of the client can
 * trust it. Returns undefined for anything that is not a message of the protocol.
 *
 * @example
 * ```ts
 * readServerMessage('{"type":"patch","seq":3,"values":{"x":1}}'); // { type: "patch", seq: 3, ... }
 * readServerMessage("nonsense"); // undefined
 * ```
 */
export function readServerMessage(data: unknown): ServerMessage | undefined {
  if (typeof data !== "string") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const message = parsed as Record<string, unknown>;
  switch (message["type"]) {
    case "welcome": {
      const { stateId, secret, seq, values, resumed, page, view } = message;
      if (typeof stateId !== "string" || typeof secret !== "string" || !isSeq(seq) || !isValueMap(values)) {
        return undefined;
      }
      const welcome: WelcomeMessage = {
        type: "welcome",
        stateId,
        secret,
        seq,
        values,
        resumed: resumed === true,
      };
      if (typeof page === "string") welcome.page = page;
      if (view !== undefined) {
        const content = isValueMap(view) ? readViewContent(view) : undefined;
        if (content === undefined) return undefined;
        welcome.view = content;
      }
      return welcome;
    }
    case "patch": {
      const { seq, values, deltas } = message;
      if (!isSeq(seq) || !isValueMap(values)) return undefined;
      if (deltas === undefined) return { type: "patch", seq, values };
      if (!isValueMap(deltas)) return undefined;
      // Each delta's shape is checked where it is applied (applyDelta tolerates odd bases).
      return { type: "patch", seq, values, deltas: deltas as Record<string, ValueDelta> };
    }
    case "response": {
      const { id, data, error } = message;
      if (!isSeq(id)) return undefined;
      if (error !== undefined) return { type: "response", id, error: String(error) };
      return { type: "response", id, data };
    }
    case "error": {
      const { code, message: text } = message;
      if (typeof code !== "string" || typeof text !== "string") return undefined;
      // Codes added to the protocol later still reach the page, whose listeners may know them.
      return { type: "error", code: code as ErrorCode, message: text };
    }
    case "page":
    case "go":
      return readNavigationMessage(message);
    case "notify":
    case "hold":
    case "download":
    case "dev-error":
    case "reload":
      return readNoticeMessage(message);
    default:
      return undefined;
  }
}

function isSeq(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

function isValueMap(value: unknown): value is ValueMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
