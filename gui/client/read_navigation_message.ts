import type { GoMessage, PageMessage, ViewContent } from "../protocol/navigation.ts";
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
  const { values } = message;
  const view = readViewContent(message);
  if (view === undefined || !isRecord(values)) return undefined;
  return { type: "page", id, ...view, values };
}

/**
 * Checks the shape of a view (the `view` of a welcome, the content of a `page`); undefined when it is not
 * one.
 *
 * @example
 * ```ts
 * readViewContent({ page: "home", slots: [""], scripts: [], descriptor: { page: "home", elements: [] } });
 * ```
 */
export function readViewContent(message: Record<string, unknown>): ViewContent | undefined {
  const { page, slots, descriptor, scripts } = message;
  const params = readParams(message["params"]);
  if (typeof page !== "string" || params === undefined) return undefined;
  if (!isStringArray(slots) || !isStringArray(scripts) || !isRecord(descriptor)) return undefined;
  try {
    return { page, params, slots, scripts, descriptor: toPageDescriptor(descriptor) };
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
