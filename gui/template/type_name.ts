/**
 * Whether a fragment names an element type: a known element name, or a block name with `.start` or `.end`
 * (the alternative block form `<|part.start|...|>` ... `<|part.end|>`).
 */
import type { ParseContext } from "./parse_context.ts";

/** A type named by a fragment; `blockTag` is set for `part.start` and `part.end`. */
export interface TypeName {
  type: string;
  blockTag: "start" | "end" | undefined;
}

const BLOCK_TAG = /^(.+)\.(start|end)$/;

/** The type that `fragment` (trimmed) names, or undefined when it names none. */
export function typeName(fragment: string, context: ParseContext): TypeName | undefined {
  if (context.elementNames.has(fragment)) return { type: fragment, blockTag: undefined };
  const match = BLOCK_TAG.exec(fragment);
  const base = match?.[1];
  if (base === undefined || !context.blockNames.has(base)) return undefined;
  return { type: base, blockTag: match?.[2] === "start" ? "start" : "end" };
}
