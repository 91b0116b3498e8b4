import type { ElementDescriptor, PageDescriptor } from "../protocol/page_descriptor.ts";

/**
 * Reads the page descriptor the server embedded as JSON, checking its shape so that components can
 * trust it. Throws with a plain message when it is missing or malformed, which is a server bug.
 *
 * @example
 * ```ts
 * readPageDescriptor('{"page":"/","elements":[]}'); // { page: "/", elements: [] }
 * ```
 */
export function readPageDescriptor(json: string): PageDescriptor {
  return toPageDescriptor(JSON.parse(json));
}

/**
 * Checks an already parsed descriptor (one that came in a message); throws like `readPageDescriptor`.
 *
 * @example
 * ```ts
 * toPageDescriptor({ page: "about", elements: [] }); // { page: "about", elements: [] }
 * ```
 */
export function toPageDescriptor(parsed: unknown): PageDescriptor {
  if (!isRecord(parsed) || typeof parsed["page"] !== "string" || !Array.isArray(parsed["elements"])) {
    throw new Error("Tapir page descriptor is malformed: expected { page, elements }");
  }
  const elements = parsed["elements"].map((element: unknown, index: number) => readElement(element, index));
  return { page: parsed["page"], elements };
}

function readElement(value: unknown, index: number): ElementDescriptor {
  if (!isRecord(value) || typeof value["type"] !== "string") {
    throw new Error(`Tapir page descriptor is malformed: element ${index} has no type`);
  }
  const props = isRecord(value["props"]) ? value["props"] : {};
  const descriptor: ElementDescriptor = {
    type: value["type"],
    props,
    bindings: stringRecord(value["bindings"]),
    writes: stringRecord(value["writes"]),
  };
  if (value["action"] === true) descriptor.action = true;
  return descriptor;
}

function stringRecord(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isRecord(value)) return result;
  for (const [name, key] of Object.entries(value)) if (typeof key === "string") result[name] = key;
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
