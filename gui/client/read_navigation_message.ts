import type { GoMessage, PageMessage } from "../protocol/navigation.ts";
import { toPageDescriptor } from "./read_page_descriptor.ts";

/**
 * Checks the shape of a `page` or `go` message from the server (see read_server_message.ts); undefined when
 * it is not one.
 *
 * @example
 * ```ts
 * readNavigationMessage({ type: "go", page: "about" }); // { type: "go", page: "about" }
 * ```
 */
export function readNavigationMessage(message: Record<string, unknown>): PageMessage | GoMessage | undefined {
  const params = readParams(message["params"]);
  if (typeof message["page"] !== "string" || params === undefined) return undefined;
  const page = message["page"];
  if (message["type"] === "go") {
    const go: GoMessage = { type: "go", page };
    if (message["params"] !== undefined) go.params = params;
    if (message["replace"] === true) go.replace = true;
    if (message["refresh"] === true) go.refresh = true;
    return go;
  }
  const id = message["id"];
  if (message["type"] !== "page" || typeof id !== "number" || !Number.isInteger(id)) return undefined;
  if (typeof message["error"] === "string") {
    return { type: "page", id, page, params, error: message["error"] };
  }
  const { slots, descriptor, scripts, values } = message;
  if (!isStringArray(slots) || !isStringArray(scripts) || !isRecord(values) || !isRecord(descriptor)) {
    return undefined;
  }
  try {
    return {
      type: "page",
      id,
      page,
      params,
      slots,
      scripts,
      values,
      descriptor: toPageDescriptor(descriptor),
    };
  } catch {
    return undefined;
  }
}

function readParams(value: unknown): Record<string, string> | undefined {
  if (value === undefined) return {};
  if (!isRecord(value)) return undefined;
  const params: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== "string") return undefined;
    params[name] = item;
  }
  return params;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
