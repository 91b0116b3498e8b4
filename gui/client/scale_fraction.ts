/**
 * Where `value` lies between `min` and `max`, as a fraction from 0 to 1, clamped. With `min` greater than
 * `max` the scale runs backwards, as Taipy's indicator allows; an empty range (min = max) gives 0.
 *
 * @example
 * ```ts
 * scaleFraction(25, 0, 100); // 0.25
 * scaleFraction(25, 100, 0); // 0.75
 * scaleFraction(150, 0, 100); // 1
 * ```
 */
export function scaleFraction(value: number, min: number, max: number): number {
  if (min === max) return 0;
  const fraction = (value - min) / (max - min);
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
}
