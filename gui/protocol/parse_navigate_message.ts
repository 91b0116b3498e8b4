/**
 * Narrows a client's `navigate` frame (already JSON-parsed) to a NavigateMessage. Pure; used by
 * parse_client_message.ts.
 */
import { type NavigateMessage, PAGE_NAME, readParams } from "./navigation.ts";

const MAX_PAGE_LENGTH = 1024;

/** `fail` throws the protocol's error with the reason. */
export function parseNavigateMessage(
  data: Record<string, unknown>,
  fail: (reason: string) => never,
): NavigateMessage {
  const { id, page } = data;
  if (typeof id !== "number" || !Number.isSafeInteger(id)) fail(`a navigate message needs "id", an integer`);
  if (typeof page !== "string" || page.length > MAX_PAGE_LENGTH || !PAGE_NAME.test(page)) {
    fail(`a navigate message needs "page", a page name`);
  }
  const params = readParams(data.params, fail);
  const message: NavigateMessage = { type: "navigate", id, page };
  if (params !== undefined) message.params = params;
  if (data.refresh === true) message.refresh = true;
  return message;
}
