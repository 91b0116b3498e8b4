/**
 * Reads a layout's `columns` the way Taipy does: numbers are weights ("1 2" is `1fr 2fr`), `n*x` repeats
 * `x` n times ("5*1" is five equal columns), and anything else is a CSS track size kept as written
 * ("1fr auto", "200px 1").
 */

/**
 * The CSS `grid-template-columns` value of a `columns` property; `fallback` when it is empty.
 *
 * @example
 * ```ts
 * layoutColumns("1 2"); // "1fr 2fr"
 * layoutColumns("3*1"); // "1fr 1fr 1fr"
 * layoutColumns("200px 1"); // "200px 1fr"
 * layoutColumns(""); // "1fr 1fr"
 * ```
 */
export function layoutColumns(columns: string, fallback = "1fr 1fr"): string {
  const tracks: string[] = [];
  for (const token of columns.trim().split(/\s+/)) {
    if (token === "") continue;
    const repeat = /^(\d+)\*(.+)$/.exec(token);
    const count = repeat === null ? 1 : Math.min(Number(repeat[1]), 100);
    const track = repeat === null ? token : (repeat[2] ?? "");
    for (let index = 0; index < count; index++) tracks.push(toTrack(track));
  }
  return tracks.length === 0 ? fallback : tracks.join(" ");
}

/** A bare number is a weight; anything else is already a CSS track size. */
function toTrack(token: string): string {
  return /^\d+(\.\d+)?$/.test(token) ? `${token}fr` : token;
}
