const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 5000;

/**
 * How long to wait before reconnection attempt number `attempt` (0 for the first): 100 ms doubling up to
 * 5 s, less a random part of up to a half so that tabs cut off together do not all return together.
 *
 * @example
 * ```ts
 * reconnectDelay(0, () => 0); // 100
 * reconnectDelay(10, () => 0); // 5000
 * ```
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling * (1 - random() / 2));
}
