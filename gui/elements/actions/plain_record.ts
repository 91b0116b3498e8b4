/** Whether a payload is a plain object with exactly the given keys (what a component's `act` sends). */
export function plainRecord(payload: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  const record = payload as Record<string, unknown>;
  const own = Object.keys(record);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(record, key)) ? record : undefined;
}

/** A string the user typed, within the size an input may write. */
export function boundedText(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length <= max;
}
