/**
 * Which tags may stand as a block line: an opening tag `<|layout|...|` or `<main|part|` that ends its
 * line without `|>`, or a `<|part.start|...|>` / `<|part.end|>` alone on its line.
 */
import type { ParseContext } from "./parse_context.ts";
import type { TagOccurrence } from "./scan_elements.ts";
import { typeName } from "./type_name.ts";
import type { TypeName } from "./type_name.ts";

/** How a tag that starts a line acts on blocks. */
export type BlockForm = "open" | "start" | "end";

/**
 * True when `occurrence` ends its line with an unescaped `|` (or is a bare `<|`) and no brace is left open:
 * the shape of an opening tag, whatever type it names.
 */
export function isOpeningTag(occurrence: TagOccurrence, text: string): boolean {
  const { lex, lineEnd } = occurrence;
  const last = lex.fragments[lex.fragments.length - 1];
  return lex.end < 0 && lex.stop === lineEnd && lex.unclosedBrace < 0 && lex.strayBrace < 0 &&
    last !== undefined && text.slice(last.start, last.end).trim() === "";
}

/** The block form of a tag that starts a line, or undefined when it is an inline element (or no tag). */
export function blockForm(occurrence: TagOccurrence, context: ParseContext): BlockForm | undefined {
  const { lex } = occurrence;
  if (isOpeningTag(occurrence, context.text)) return "open";
  if (lex.end < 0 || context.text.slice(lex.end, occurrence.lineEnd).trim() !== "") return undefined;
  return peekType(occurrence, context)?.blockTag;
}

/**
 * The type that the first element-naming fragment gives, without validating anything else (the errors
 * come from `splitFragments`). `blockTag` is set for `part.start` and `part.end`.
 */
export function peekType(occurrence: TagOccurrence, context: ParseContext): TypeName | undefined {
  for (const { start, end } of occurrence.lex.fragments) {
    const named = typeName(context.text.slice(start, end).trim(), context);
    if (named !== undefined) return named;
  }
  return undefined;
}
