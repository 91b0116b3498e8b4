/**
 * A token bucket per client address: `perSecond` steady, bursts of as many. Used for hellos, so that one
 * address opening sockets in a loop cannot fill the server with states (each hello copies the initial
 * state) however fast it goes.
 */

/** Past this many addresses, buckets that are full again (their address went quiet) are dropped. */
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  last: number;
}

/**
 * @example
 * ```ts
 * const hellos = new AddressRateLimiter(20);
 * if (!hellos.take("203.0.113.7")) return c.text("too many connections from this address", 429);
 * ```
 */
export class AddressRateLimiter {
  readonly #perSecond: number;
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  /** `now` is the clock in ms; tests give their own. */
  constructor(perSecond: number, now: () => number = () => performance.now()) {
    this.#perSecond = perSecond;
    this.#now = now;
  }

  /** Takes one token of `address`'s bucket; false when it is empty. */
  take(address: string): boolean {
    const now = this.#now();
    if (this.#buckets.size >= SWEEP_AT) this.#sweep(now);
    const bucket = this.#buckets.get(address) ?? { tokens: this.#perSecond, last: now };
    bucket.tokens = this.#refilled(bucket, now);
    bucket.last = now;
    this.#buckets.set(address, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Number of addresses tracked now. */
  get size(): number {
    return this.#buckets.size;
  }

  #refilled(bucket: Bucket, now: number): number {
    return Math.min(this.#perSecond, bucket.tokens + ((now - bucket.last) / 1000) * this.#perSecond);
  }

  /**
   * A full bucket is the same as no bucket: forget it. When that frees too little (very many addresses
   * at once), the oldest half goes too, so a sweep runs at most once per SWEEP_AT / 2 new addresses.
   */
  #sweep(now: number): void {
    for (const [address, bucket] of this.#buckets) {
      if (this.#refilled(bucket, now) >= this.#perSecond) this.#buckets.delete(address);
    }
    for (const address of this.#buckets.keys()) {
      if (this.#buckets.size < SWEEP_AT / 2) break;
      this.#buckets.delete(address);
    }
  }
}
