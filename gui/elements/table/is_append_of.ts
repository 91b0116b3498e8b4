/**
 * Tells whether a table's new data is its previous data with rows added at the end, the way a live feed
 * grows it (`state.rows = [...state.rows, row]`). Rows are compared by identity (records) or by value
 * (columns of plain values), so the check is one pass and never takes an edited row for an unchanged one.
 */

/**
 * @example
 * ```ts
 * const rows = [{ a: 1 }, { a: 2 }];
 * isAppendOf(rows, [...rows, { a: 3 }]); // true
 * isAppendOf(rows, [{ a: 1 }, { a: 2 }, { a: 3 }]); // false: other row objects
 * isAppendOf({ a: [1, 2] }, { a: [1, 2, 3] }); // true
 * ```
 */
export function isAppendOf(previous: object, next: object): boolean {
  if (Array.isArray(previous) || Array.isArray(next)) {
    return Array.isArray(previous) && Array.isArray(next) && isPrefix(previous, next);
  }
  const previousColumns = Object.entries(previous);
  const nextColumns = next as Record<string, unknown>;
  if (previousColumns.length !== Object.keys(next).length) return false;
  for (const [name, values] of previousColumns) {
    const grown = nextColumns[name];
    if (!Array.isArray(values) || !Array.isArray(grown) || !isPrefix(values, grown)) return false;
  }
  return true;
}

function isPrefix(previous: readonly unknown[], next: readonly unknown[]): boolean {
  if (next.length < previous.length) return false;
  // The last kept item first: a replaced array usually differs there, which ends the check at once.
  const last = previous.length - 1;
  if (last >= 0 && !Object.is(previous[last], next[last])) return false;
  for (let index = 0; index < last; index++) {
    if (!Object.is(previous[index], next[index])) return false;
  }
  return true;
}
