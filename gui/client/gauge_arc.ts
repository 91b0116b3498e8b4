/**
 * SVG geometry of the metric's half-circle gauge, drawn without a chart library: the arc starts on the left
 * (fraction 0), passes over the top and ends on the right (fraction 1).
 */

/** The gauge's drawing box is `0 0 GAUGE_WIDTH GAUGE_HEIGHT`, the arc centred on its bottom edge. */
export const GAUGE_WIDTH = 200;
export const GAUGE_HEIGHT = 110;
const CENTRE_X = 100;
const CENTRE_Y = 100;
export const GAUGE_RADIUS = 80;

/** A point on the arc at `fraction` (0 = left end, 1 = right end), at `radius` from the centre. */
export function gaugePoint(fraction: number, radius = GAUGE_RADIUS): { x: number; y: number } {
  const angle = Math.PI * (1 - fraction);
  return { x: round(CENTRE_X + radius * Math.cos(angle)), y: round(CENTRE_Y - radius * Math.sin(angle)) };
}

/**
 * The path data of the arc from fraction `from` to fraction `to` (both within 0..1, `from` <= `to`);
 * empty when the arc has no length.
 *
 * @example
 * ```ts
 * gaugeArc(0, 1); // "M 20 100 A 80 80 0 0 1 180 100"
 * gaugeArc(0.5, 0.5); // ""
 * ```
 */
export function gaugeArc(from: number, to: number, radius = GAUGE_RADIUS): string {
  if (!(to > from)) return "";
  const start = gaugePoint(from, radius);
  const end = gaugePoint(to, radius);
  // A half circle at most, so the small-arc flag is always right; sweep 1 draws clockwise (over the top).
  return `M ${start.x} ${start.y} A ${radius} ${radius} 0 0 1 ${end.x} ${end.y}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
