/**
 * Reads a tag's fragments left to right into an element: its type, the value given before the type, and
 * its properties, each with its position. Taipy's rules, with errors where Taipy only warns.
 */
import { didYouMean } from "../errors.ts";
import type { SourcePosition } from "../errors.ts";
import type { TextRange } from "./lex_tag.ts";
import type { ElementNode, PropertyNode } from "./page_tree.ts";
import type { ParseContext } from "./parse_context.ts";
import type { TagOccurrence } from "./scan_elements.ts";
import { typeName } from "./type_name.ts";

/** An element as its tag writes it, plus the `.start`/`.end` suffix of the alternative block form. */
export interface SplitTag {
  element: ElementNode;
  /** `start` for `<|part.start|...|>`, `end` for `<|part.end|>`, else undefined. */
  blockTag: "start" | "end" | undefined;
}

/**
 * `name=value`, `name`, `not name` (and `no`, `dont`, `don't`), where a name may be indexed: `y[2]`,
 * `width[Col A]`. Group 1: leading spaces; 2: negation; 3: name; 4: `=` when a value follows.
 */
const PROPERTY = /^(\s*)(?:(not|no|dont|don't)\s+)?([A-Za-z_][\w.$]*(?:\[[^\]]*\])?)\s*(?:(=)|$)/;

/**
 * Splits the tag at `occurrence` into an element. `defaultType` is the type when no fragment names one:
 * `text` for an inline element, `part` for a block opening tag (`<|card|` is a part of class "card").
 */
export function splitFragments(
  occurrence: TagOccurrence,
  context: ParseContext,
  defaultType: "text" | "part",
): SplitTag {
  const { lex } = occurrence;
  const firstBrace =
    [lex.unclosedBrace, lex.strayBrace].filter((offset) => offset >= 0).sort((a, b) => a - b)[0];
  if (firstBrace !== undefined) {
    const opening = firstBrace === lex.unclosedBrace;
    context.fail(
      opening ? `Unbalanced "{"` : `Unbalanced "}"`,
      context.positionIn(occurrence, firstBrace),
      opening ? `close it with "}" before the tag ends` : `remove it, or add the "{" that opens it`,
    );
  }
  const position: SourcePosition = { line: occurrence.line, column: occurrence.column };
  const at = (offset: number) => context.positionIn(occurrence, offset);
  const fragments = lex.fragments.filter(({ start, end }) => context.text.slice(start, end).trim() !== "");
  if (fragments.length === 0 && lex.end >= 0) {
    context.fail("Empty element", position, `write what it shows, as in "<|{value}|>", or remove it`);
  }

  let type: { name: string; position: SourcePosition } | undefined;
  let blockTag: SplitTag["blockTag"];
  let defaultValue: PropertyNode | undefined;
  const properties: PropertyNode[] = [];
  for (const fragment of fragments) {
    const raw = context.text.slice(fragment.start, fragment.end);
    const trimmed = raw.trim();
    const start = fragment.start + raw.length - raw.trimStart().length;
    if (type === undefined) {
      const named = typeName(trimmed, context);
      if (named !== undefined) {
        type = { name: named.type, position: at(start) };
        blockTag = named.blockTag;
        continue;
      }
      if (defaultValue === undefined) {
        const value = unescaped(context.text, fragment, lex.escapes);
        defaultValue = { name: "", value, position: at(start), valuePosition: at(fragment.start) };
        continue;
      }
    }
    properties.push(
      readProperty(raw, fragment, start, type === undefined, { context, at, escapes: lex.escapes }),
    );
  }

  if (blockTag === "end" && (defaultValue !== undefined || properties.length > 0)) {
    const extra = defaultValue ?? properties[0];
    context.fail(
      `Closing tag "<|${type?.name}.end|>" takes no properties`,
      extra?.position ?? position,
      "move them to the opening tag",
    );
  }
  const element: ElementNode = {
    kind: "element",
    type: type?.name ?? defaultType,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    properties,
    position,
    typePosition: type?.position ?? position,
  };
  return { element, blockTag };
}

interface ReadOptions {
  context: ParseContext;
  at: (offset: number) => SourcePosition;
  escapes: number[];
}

function readProperty(
  raw: string,
  fragment: TextRange,
  start: number,
  beforeType: boolean,
  { context, at, escapes }: ReadOptions,
): PropertyNode {
  const match = PROPERTY.exec(raw);
  const trimmed = raw.trim();
  if (match === null) {
    if (trimmed.startsWith("=")) {
      context.fail("Empty property name", at(start), `write the name before "=", as in "label${trimmed}"`);
    }
    if (beforeType) {
      context.fail(
        `Second value "${trimmed}" before the element type`,
        at(start),
        "an element takes one value before its type; write other properties as name=value",
      );
    }
    return context.fail(
      `Invalid property "${trimmed}"`,
      at(start),
      "write it as name=value, or as a bare name for true",
    );
  }
  const [whole, spaces = "", negation, name = "", equals] = match;
  const nameStart = fragment.start +
    (negation === undefined ? spaces.length : whole.indexOf(name, spaces.length + negation.length));
  if (equals !== undefined) {
    if (negation !== undefined) {
      context.fail(
        `Negated property "${name}" cannot take a value`,
        at(start),
        `write "${name}=false" instead`,
      );
    }
    const valueStart = fragment.start + whole.length;
    const value = unescaped(context.text, { start: valueStart, end: fragment.end }, escapes);
    return { name, value, position: at(start), valuePosition: at(valueStart) };
  }
  if (beforeType && negation === undefined) {
    context.fail(
      `Unknown element "${name}"`,
      at(start),
      didYouMean(name, context.elementNames) ?? "name a known element, or write a property as name=value",
    );
  }
  return { name, value: negation === undefined, position: at(start), valuePosition: at(nameStart) };
}

/** The text of `range` without the backslashes of its escaped pipes. */
function unescaped(text: string, range: TextRange, escapes: number[]): string {
  let result = "";
  let cursor = range.start;
  for (const escape of escapes) {
    if (escape < range.start || escape >= range.end) continue;
    result += text.slice(cursor, escape);
    cursor = escape + 1;
  }
  return result + text.slice(cursor, range.end);
}
