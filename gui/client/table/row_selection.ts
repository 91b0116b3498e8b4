/**
 * How clicks and keys change a table's selection and focus: a click selects one row, Ctrl or Cmd+click
 * adds or removes a row, and the arrow keys move focus between rows (one row at a time is a tab stop).
 */

/**
 * The selection (row indexes in the data) after a click on row `index`.
 *
 * @example
 * ```ts
 * nextSelection([1, 2], 5, false); // [5]
 * nextSelection([1, 2], 5, true); // [1, 2, 5]
 * nextSelection([1, 2], 2, true); // [1]
 * ```
 */
export function nextSelection(current: unknown, index: number, additive: boolean): number[] {
  const selected = new Set(readSelection(current));
  if (!additive) return [index];
  if (!selected.delete(index)) selected.add(index);
  return [...selected];
}

/** The `selected` property as row indexes (Taipy's list of ints; anything else selects nothing). */
export function readSelection(value: unknown): number[] {
  return Array.isArray(value) ? value.map(Number).filter(Number.isInteger) : [];
}

/**
 * Moves focus from `row` to the row above or below for ArrowUp / ArrowDown; returns the step taken
 * (-1, 1) or 0 when the key is another one or there is no row there.
 */
export function moveRowFocus(event: KeyboardEvent, row: HTMLTableRowElement): number {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return 0;
  event.preventDefault();
  const next = event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
  if (!(next instanceof HTMLTableRowElement)) return 0;
  row.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
  return event.key === "ArrowDown" ? 1 : -1;
}
