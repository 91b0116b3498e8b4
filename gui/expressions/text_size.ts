/**
 * An upper bound of the length of a value's text (what `String()`, `join` or `JSON.stringify` make of it),
 * computed without building the text, and giving up as soon as it passes `budget`. A list holding the same
 * long list a thousand times is small in memory and huge as text: this is how the cost is seen before it is
 * paid. The walk uses its own stack (a value may be nested deep) and counts each value visited, so shared
 * or cyclic values cost at most `budget` steps.
 *
 * @example
 * ```ts
 * textSize(["ab", 3], 100); // 7 (an upper bound of "ab,3")
 * textSize("x".repeat(50), 10); // 11: over the budget
 * ```
 */
export function textSize(value: unknown, budget: number): number {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0 && size <= budget) {
    const next = pending.pop();
    size += 1;
    switch (typeof next) {
      case "string":
        size += next.length + 2;
        break;
      case "number":
      case "bigint":
        size += 24;
        break;
      case "object":
        if (next === null) size += 4;
        else if (next instanceof Date) size += 26;
        else if (Array.isArray(next)) {
          size += next.length + 2;
          // Past the budget already, or about to be: no need to look inside.
          if (size <= budget) {
            for (let index = next.length - 1; index >= 0; index--) pending.push(next[index]);
          }
        } else {
          const entries = Object.entries(next);
          size += entries.length * 4 + 15;
          for (const [key, item] of entries) {
            size += key.length;
            if (size > budget) break;
            pending.push(item);
          }
        }
        break;
      default:
        size += 9;
    }
  }
  return Math.min(size, budget + 1);
}
