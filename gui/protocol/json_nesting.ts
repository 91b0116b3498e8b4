/**
 * How deep a JSON text nests, found by one pass over the text before it is parsed. JSON.parse copes with
 * any depth, but everything after it that walks a value by recursion does not: JSON.stringify of a patch,
 * structuredClone, deep equality. An array nested 5,000 deep is 10 KB of text and overflowed the stack of
 * the server's flush; no element writes or asks for anything close to this bound.
 */

/** The deepest nesting of arrays and objects a client message may have, the message object included. */
export const MAX_MESSAGE_DEPTH = 64;

/**
 * The offset where `text` (JSON, not yet parsed) opens its `max + 1`-th nested array or object, or
 * undefined when it nests at most `max` deep. Brackets inside strings do not count.
 *
 * @example
 * ```ts
 * nestingPastOffset("[".repeat(100) + "]".repeat(100), 64); // 64
 * nestingPastOffset('{"a": "[[[["}', 2); // undefined
 * ```
 */
export function nestingPastOffset(text: string, max: number): number | undefined {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      // Skip the string: a backslash escapes the next character, whatever it is.
      for (index++; index < text.length; index++) {
        const inner = text.charCodeAt(index);
        if (inner === 0x5c) index++;
        else if (inner === 0x22) break;
      }
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > max) return index;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return undefined;
}
