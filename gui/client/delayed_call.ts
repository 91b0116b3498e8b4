/**
 * Holds back a call with the latest value: debounced (input fields, sent once the user pauses) or
 * throttled (sliders, sent while dragging but at most once per interval). `flush()` sends what is held
 * at once (an action key, a release, leaving the field).
 *
 * @example
 * ```ts
 * const send = new DelayedCall<string>((text) => connection.update("name", text));
 * send.debounce("Ad", 300);
 * send.debounce("Ada", 300); // only "Ada" goes out, 300 ms after the last keystroke
 * ```
 */
export class DelayedCall<T> {
  readonly #run: (value: T) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #held: { value: T } | undefined;

  constructor(run: (value: T) => void) {
    this.#run = run;
  }

  /** True while a value waits to be sent. */
  get pending(): boolean {
    return this.#held !== undefined;
  }

  /** Runs with `value` once `delayMs` pass without another call; at once when `delayMs` <= 0. */
  debounce(value: T, delayMs: number): void {
    this.#clearTimer();
    if (delayMs <= 0) return this.#fire(value);
    this.#held = { value };
    this.#timer = setTimeout(() => this.flush(), delayMs);
  }

  /** Keeps `value` without a timer: it goes out on the next {@linkcode flush}. */
  hold(value: T): void {
    this.#clearTimer();
    this.#held = { value };
  }

  /** Runs at once if nothing ran in the last `intervalMs`, else with the latest value when it ends. */
  throttle(value: T, intervalMs: number): void {
    if (intervalMs <= 0) return this.#fire(value);
    if (this.#timer !== undefined) {
      this.#held = { value };
      return;
    }
    this.#fire(value);
    this.#startInterval(intervalMs);
  }

  /** Runs now with the held value, if any. */
  flush(): void {
    this.#clearTimer();
    const held = this.#held;
    if (held !== undefined) this.#fire(held.value);
  }

  /** Drops the held value. */
  cancel(): void {
    this.#clearTimer();
    this.#held = undefined;
  }

  #startInterval(intervalMs: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const held = this.#held;
      if (held === undefined) return;
      this.#fire(held.value);
      this.#startInterval(intervalMs);
    }, intervalMs);
  }

  #fire(value: T): void {
    this.#held = undefined;
    this.#run(value);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
