/**
 * Whether a number is one a range control can produce: finite, within `[min, max]` and on a step counted
 * from `min` (as `<input type=range|number step>` snaps it).
 */

export interface NumberBounds {
  min: number | undefined;
  max: number | undefined;
  step: number | undefined;
}

/**
 * Undefined when `value` fits `bounds`; else what is expected.
 *
 * @example
 * ```ts
 * numberProblem(12, { min: 0, max: 10, step: 1 }); // "expects a number from 0 to 10 on a step of 1"
 * ```
 */
export function numberProblem(value: unknown, bounds: NumberBounds): string | undefined {
  const { min, max, step } = bounds;
  const fits = typeof value === "number" && Number.isFinite(value) &&
    (min === undefined || value >= min) && (max === undefined || value <= max) &&
    onStep(value, min ?? 0, step);
  return fits ? undefined : `expects ${describeBounds(bounds)}`;
}

/** The expected shape in words: "a number from 0 to 10 on a step of 0.5". */
export function describeBounds({ min, max, step }: NumberBounds): string {
  const range = min !== undefined && max !== undefined
    ? ` from ${min} to ${max}`
    : min !== undefined
    ? ` of at least ${min}`
    : max !== undefined
    ? ` of at most ${max}`
    : "";
  const steps = step !== undefined && step > 0 ? ` on a step of ${step}` : "";
  return `a finite number${range}${steps}`;
}

function onStep(value: number, origin: number, step: number | undefined): boolean {
  if (step === undefined || !(step > 0) || !Number.isFinite(step)) return true;
  const count = Math.round((value - origin) / step);
  // A browser snaps in decimal (Chromium counts steps with a decimal type), script in binary floating
  // point: a value is on the grid when it is the nearest grid point written either way. Any other
  // tolerance lets values no control produces through (2.9e-180 for a step of 5).
  const inBinary = origin + count * step;
  const inDecimal = Number(inBinary.toFixed(Math.min(100, Math.max(decimalPlaces(step), decimalPlaces(origin)))));
  return value === inBinary || value === inDecimal;
}

/** How many digits a number has after its decimal point, as JavaScript writes it (1e-7 has 7). */
function decimalPlaces(number: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(number)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}
