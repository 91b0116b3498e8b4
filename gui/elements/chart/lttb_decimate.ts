/**
 * Largest-Triangle-Three-Buckets decimation (Taipy's `decimator=lttb`, after Steinarsson, 2013): each bucket
 * keeps the point that makes the largest triangle with the point kept before it and the average of the next
 * bucket. It keeps the visual shape of a line better than MinMax for the same number of points.
 */

/**
 * The rows to keep out of `[start..end)`, exactly `target` of them (or all rows when there are fewer),
 * in increasing order, always including the first and the last. Without `xs` the row index is the x value.
 * Non-finite y values count as 0.
 *
 * @example
 * ```ts
 * lttbDecimate([0, 1, 2, 3, 4], [0, 9, 0, 0, 0], { target: 3 }); // [0, 1, 4]
 * ```
 */
export function lttbDecimate(
  xs: ArrayLike<number> | undefined,
  ys: ArrayLike<number>,
  options: { target: number; start?: number; end?: number },
): number[] {
  const start = options.start ?? 0;
  const end = options.end ?? ys.length;
  const count = end - start;
  if (count <= 0) return [];
  const target = Math.max(options.target, 3);
  if (count <= target) return Array.from({ length: count }, (_, offset) => start + offset);
  const x = (row: number): number => (xs === undefined ? row : xs[row] as number);
  const y = (row: number): number => {
    const value = ys[row] as number;
    return Number.isFinite(value) ? value : 0;
  };
  const kept = [start];
  // The first and last rows are fixed; the rows between are cut into target - 2 buckets.
  const size = (count - 2) / (target - 2);
  let previous = start;
  for (let bucket = 0; bucket < target - 2; bucket++) {
    const from = start + 1 + Math.floor(bucket * size);
    const to = start + 1 + Math.floor((bucket + 1) * size);
    // The next bucket's average (the last row for the last bucket).
    const nextFrom = to;
    const nextTo = Math.min(start + 1 + Math.floor((bucket + 2) * size), end);
    let averageX = 0;
    let averageY = 0;
    const nextCount = Math.max(nextTo - nextFrom, 1);
    for (let row = nextFrom; row < nextFrom + nextCount; row++) {
      averageX += x(Math.min(row, end - 1));
      averageY += y(Math.min(row, end - 1));
    }
    averageX /= nextCount;
    averageY /= nextCount;
    let best = from;
    let bestArea = -1;
    const previousX = x(previous);
    const previousY = y(previous);
    for (let row = from; row < to; row++) {
      const area = Math.abs(
        (previousX - averageX) * (y(row) - previousY) - (previousX - x(row)) * (averageY - previousY),
      );
      if (area > bestArea) {
        bestArea = area;
        best = row;
      }
    }
    kept.push(best);
    previous = best;
  }
  kept.push(end - 1);
  return kept;
}
