/**
 * Turns a tag met inside a line (in a paragraph, heading, table cell or raw HTML block) into an element,
 * or explains why it cannot stand there.
 */
import type { ElementNode } from "./page_tree.ts";
import type { ParseContext } from "./parse_context.ts";
import type { TagOccurrence } from "./scan_elements.ts";
import { isOpeningTag, peekType } from "./block_form.ts";
import { splitFragments } from "./split_fragments.ts";

/**
 * The element written by `occurrence` inside a line. A block type written inline (`<|part|...|>`) is an
 * empty block.
 */
export function inlineElement(occurrence: TagOccurrence, context: ParseContext): ElementNode {
  const position = { line: occurrence.line, column: occurrence.column };
  const { lex } = occurrence;
  if (lex.end < 0) {
    if (lex.unclosedBrace >= 0 || lex.strayBrace >= 0) splitFragments(occurrence, context, "text"); // throws
    if (isOpeningTag(occurrence, context.text)) {
      const { element } = splitFragments(occurrence, context, "part");
      if (context.blockNames.has(element.type)) {
        context.fail(
          `Opening tag of block "${element.type}" must start its line`,
          position,
          "move it to the start of a line of its own",
        );
      }
    }
    const type = peekType(occurrence, context)?.type ?? "text";
    context.fail(
      `Unclosed element "${type}"`,
      position,
      lex.stop < occurrence.lineEnd
        ? `add "|>" to close it before the next "<|"`
        : context.blockNames.has(type)
        ? `add "|>" to close it on the same line, or end the line with "|" to open a block`
        : `add "|>" to close it on the same line`,
    );
  }
  const { element, blockTag } = splitFragments(occurrence, context, "text");
  if (blockTag !== undefined) {
    context.fail(
      `Block tag "${element.type}.${blockTag}" must stand alone on its line`,
      element.typePosition,
      "move it to a line of its own",
    );
  }
  if (context.blockNames.has(element.type)) element.children = [];
  return element;
}
