/**
 * Narrows what a client sent (`unknown` after JSON.parse) to a ClientMessage, or says what is wrong with it.
 * Pure, so that the server and tests share one definition of a well-formed message.
 */
import type { ClientMessage, ResumeTicket } from "./messages.ts";
import { MAX_MESSAGE_DEPTH, nestingPastOffset } from "./json_nesting.ts";
import { readParams } from "./navigation.ts";
import { parseNavigateMessage } from "./parse_navigate_message.ts";

/** A frame that is not a well-formed client message. */
export class ProtocolError extends Error {
  override name = "ProtocolError";
}

const MAX_KEY_LENGTH = 4096;

/**
 * Parses one frame. Refuses, before parsing, a message nested deeper than MAX_MESSAGE_DEPTH: whatever its
 * type, every value in it reaches code that walks it by recursion.
 *
 * @example
 * ```ts
 * parseClientMessage('{"type":"update","key":"x","value":1}'); // { type: "update", key: "x", value: 1 }
 * parseClientMessage('{"type":"update","key":"x","value":' + "[".repeat(100)); // throws a ProtocolError
 * ```
 */
export function parseClientMessage(text: string): ClientMessage {
  const tooDeep = nestingPastOffset(text, MAX_MESSAGE_DEPTH);
  if (tooDeep !== undefined) {
    throw new ProtocolError(
      `the message nests arrays and objects deeper than ${MAX_MESSAGE_DEPTH} levels (at character ${tooDeep})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProtocolError("the message is not valid JSON");
  }
  if (!isRecord(data)) throw new ProtocolError("a message must be a JSON object");
  switch (data.type) {
    case "hello":
      return {
        type: "hello",
        page: requireString(data, "page"),
        ...(data.instance === undefined ? {} : { instance: requireString(data, "instance") }),
        ...(data.resume === undefined ? {} : { resume: parseTicket(data.resume) }),
        ...(data.params === undefined ? {} : { params: readParams(data.params, fail) ?? {} }),
      };
    case "update": {
      const key = requireString(data, "key");
      if (key.length > MAX_KEY_LENGTH) throw new ProtocolError("the key of an update is too long");
      if (!("value" in data)) throw new ProtocolError(`an update needs a "value"`);
      return { type: "update", key, value: data.value };
    }
    case "action": {
      const element = data.element;
      if (typeof element !== "number" || !Number.isInteger(element) || element < 0) {
        throw new ProtocolError(`an action needs "element", a non-negative integer`);
      }
      return { type: "action", element, ...("payload" in data ? { payload: data.payload } : {}) };
    }
    case "request": {
      const { id, element } = data;
      if (typeof id !== "number" || !Number.isSafeInteger(id)) throw new ProtocolError(`a request needs "id", an integer`);
      if (typeof element !== "number" || !Number.isInteger(element) || element < 0) {
        throw new ProtocolError(`a request needs "element", a non-negative integer`);
      }
      return { type: "request", id, element, query: data.query };
    }
    case "navigate":
      return parseNavigateMessage(data, fail);
    case "cancel-hold":
      return { type: "cancel-hold" };
    default:
      throw new ProtocolError(`unknown message type ${JSON.stringify(data.type)}`);
  }
}

function fail(reason: string): never {
  throw new ProtocolError(reason);
}

function parseTicket(value: unknown): ResumeTicket {
  if (!isRecord(value)) throw new ProtocolError(`"resume" must be an object`);
  const lastSeq = value.lastSeq;
  if (typeof lastSeq !== "number" || !Number.isInteger(lastSeq) || lastSeq < -1) {
    throw new ProtocolError(`"resume.lastSeq" must be an integer >= -1`);
  }
  return { stateId: requireString(value, "stateId"), secret: requireString(value, "secret"), lastSeq };
}

function requireString(record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (typeof value !== "string") throw new ProtocolError(`"${field}" must be a string`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
