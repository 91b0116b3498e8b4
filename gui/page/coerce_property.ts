/**
 * Turns a property's verbatim text into the value its definition asks for. Returns an error sentence
 * instead of throwing so the caller can attach the page position.
 */
import type { PropertyType } from "../elements/element_definition.ts";

export type Coerced = { ok: true; value: unknown } | { ok: false; reason: string; hint: string };

const TRUE_WORDS = new Set(["true", "True", "TRUE", "yes", "on", "1"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE", "no", "off", "0"]);

export function coerceProperty(text: string | boolean, type: PropertyType): Coerced {
  if (typeof text === "boolean") {
    return type === "boolean" || type === "any"
      ? { ok: true, value: text }
      : { ok: false, reason: `expects a ${type} value, not a bare name`, hint: `write name=value` };
  }
  switch (type) {
    case "string":
    case "any":
    case "function":
      return { ok: true, value: text };
    case "number": {
      const trimmed = text.trim();
      const value = Number(trimmed);
      return trimmed !== "" && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, reason: `expects a number, got "${text}"`, hint: "write a number such as 10 or -2.5" };
    }
    case "boolean": {
      const trimmed = text.trim();
      if (TRUE_WORDS.has(trimmed)) return { ok: true, value: true };
      if (FALSE_WORDS.has(trimmed)) return { ok: true, value: false };
      return { ok: false, reason: `expects true or false, got "${text}"`, hint: "write true or false" };
    }
    case "list":
      // Taipy's lists are ";"-separated; surrounding spaces are not part of the items.
      return { ok: true, value: text.split(";").map((item) => item.trim()).filter((item) => item !== "") };
    default: {
      const unreachable: never = type;
      throw new Error(`unknown property type ${String(unreachable)}`);
    }
  }
}
