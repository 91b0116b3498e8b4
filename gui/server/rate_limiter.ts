/**
 * A token bucket: allows bursts up to `burst` and a steady `perSecond`. Used per connection so that one
 * flooding client is cut off before it costs the other clients anything.
 */
export interface RateLimiterOptions {
  perSecond: number;
  burst: number;
}

export class RateLimiter {
  #tokens: number;
  #last = performance.now();
  readonly #perSecond: number;
  readonly #burst: number;

  constructor(options: RateLimiterOptions) {
    this.#perSecond = options.perSecond;
    this.#burst = options.burst;
    this.#tokens = options.burst;
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    const now = performance.now();
    this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#last) / 1000) * this.#perSecond);
    this.#last = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
