import { ExpressionSyntaxError } from "./expression_syntax_error.ts";

/** A run of literal text (escapes already removed) or the text of one `{...}` group. */
export type TemplatePart =
  | { kind: "text"; text: string }
  | {
    kind: "expression";
    /** What stands between the braces, untrimmed. */
    text: string;
    /** Offset of the opening brace in the raw value. */
    open: number;
  };

const QUOTES = new Set(["'", '"', "`"]);

/**
 * Cuts a property value into literal text and brace groups. `\{` and `\}` stand for literal braces; a lone
 * `}` in text is kept as it is. Inside a group, braces within string literals do not count, so
 * `{ok ? "}" : "{"}` is one group. Throws `ExpressionSyntaxError` for an unclosed or empty group.
 *
 * @example
 * ```ts
 * splitTemplate("Hi {name}!");
 * // [{ kind: "text", text: "Hi " }, { kind: "expression", text: "name", open: 3 }, { kind: "text", text: "!" }]
 * ```
 */
export function splitTemplate(raw: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = "";
  let index = 0;
  while (index < raw.length) {
    const char = raw[index];
    const next = raw[index + 1];
    if (char === "\\" && (next === "{" || next === "}")) {
      text += next;
      index += 2;
    } else if (char === "{") {
      const close = closingBrace(raw, index);
      const inner = raw.slice(index + 1, close);
      if (inner.trim() === "") {
        throw new ExpressionSyntaxError("Empty expression", {
          source: raw,
          offset: index,
          hint: "write a variable or an expression between the braces, or \\{ for a literal brace",
        });
      }
      if (text !== "") parts.push({ kind: "text", text });
      text = "";
      parts.push({ kind: "expression", text: inner, open: index });
      index = close + 1;
    } else {
      text += char;
      index += 1;
    }
  }
  if (text !== "") parts.push({ kind: "text", text });
  return parts;
}

/** The offset of the brace that closes the group opened at `open`. */
function closingBrace(raw: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = open; index < raw.length; index++) {
    const char = raw[index] ?? "";
    if (quote !== undefined) {
      if (char === "\\") index++;
      else if (char === quote) quote = undefined;
    } else if (QUOTES.has(char)) {
      quote = char;
    } else if (char === "{") {
      depth++;
    } else if (char === "}" && --depth === 0) {
      return index;
    }
  }
  throw new ExpressionSyntaxError('Unclosed "{"', {
    source: raw,
    offset: open,
    hint: 'add "}", or write \\{ for a literal brace',
  });
}
