/**
 * MinMax decimation (Taipy's `decimator=minmax`): the rows are cut into equal buckets and each bucket keeps
 * its lowest and highest point. It is one pass, keeps every spike, and a line drawn through the result
 * covers the same vertical extent per pixel column as the full series when there are two points per pixel.
 */

/**
 * The rows to keep out of `ys[start..end)`, at most `target` of them (at least 4: the first and last rows
 * and one bucket's two extremes), in increasing order: the first and last rows, and each bucket's minimum
 * and maximum. Rows whose y is not a finite number are never kept
 * (except as the first or last row).
 *
 * @example
 * ```ts
 * minMaxDecimate([0, 5, 1, 1, -3, 0], { target: 4 }); // [0, 1, 4, 5]
 * ```
 */
export function minMaxDecimate(
  ys: ArrayLike<number>,
  options: { target: number; start?: number; end?: number },
): number[] {
  const start = options.start ?? 0;
  const end = options.end ?? ys.length;
  const count = end - start;
  if (count <= 0) return [];
  const target = Math.max(options.target, 4);
  if (count <= target) return range(start, end);
  const kept = [start];
  // Two rows per bucket, and room for the first and last rows.
  const buckets = Math.floor((target - 2) / 2);
  const inner = count - 2;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = start + 1 + Math.floor((bucket * inner) / buckets);
    const to = start + 1 + Math.floor(((bucket + 1) * inner) / buckets);
    let low = -1;
    let high = -1;
    for (let row = from; row < to; row++) {
      const y = ys[row] as number;
      if (!Number.isFinite(y)) continue;
      if (low < 0 || y < (ys[low] as number)) low = row;
      if (high < 0 || y > (ys[high] as number)) high = row;
    }
    if (low < 0) continue;
    if (low === high) kept.push(low);
    else kept.push(Math.min(low, high), Math.max(low, high));
  }
  kept.push(end - 1);
  return kept;
}

function range(start: number, end: number): number[] {
  const rows: number[] = [];
  for (let row = start; row < end; row++) rows.push(row);
  return rows;
}
