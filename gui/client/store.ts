/**
 * The browser's copy of the values its page shows: one signal per binding key.
 *
 * Server values are coalesced per animation frame so that a key that changes a thousand times a second
 * re-renders at most once per frame, while a key that changes rarely shows its new value at once.
 */
import { signal } from "@lit-labs/signals";
import type { Signal } from "@lit-labs/signals";
import type { ValueMap } from "../protocol/messages.ts";

/** Runs a callback before the next frame is painted (`requestAnimationFrame` in a browser). */
export type FrameScheduler = (callback: () => void) => void;

/** Options for {@linkcode Store}. */
export interface StoreOptions {
  /** Defaults to `requestAnimationFrame`; tests pass their own to step frames by hand. */
  scheduleFrame?: FrameScheduler;
}

/**
 * Signals by binding key. Components read `store.signal(key).get()` inside `render()`.
 *
 * @example
 * ```ts
 * const store = new Store();
 * store.apply({ x: 1 }); // shown at once
 * store.apply({ x: 2 }); // same frame: held back
 * store.apply({ x: 3 }); // replaces 2; shown on the next frame
 * ```
 */
export class Store {
  readonly #signals = new Map<string, Signal.State<unknown>>();
  /** Keys that already changed during the current frame. */
  readonly #changedThisFrame = new Set<string>();
  /** Values held back until the next frame; the latest one per key wins. */
  readonly #pending = new Map<string, unknown>();
  readonly #scheduleFrame: FrameScheduler;
  #frameRequested = false;

  constructor(options: StoreOptions = {}) {
    this.#scheduleFrame = options.scheduleFrame ?? ((callback) => requestAnimationFrame(() => callback()));
  }

  /** The signal of `key`, created (holding `undefined`) on first use. */
  signal(key: string): Signal.State<unknown> {
    let state = this.#signals.get(key);
    if (state === undefined) {
      state = signal<unknown>(undefined);
      this.#signals.set(key, state);
    }
    return state;
  }

  /** The current value of `key` without subscribing the caller to it. */
  peek(key: string): unknown {
    return this.#signals.get(key)?.get();
  }

  /** The newest value received for `key`, shown or still held back for the next frame. */
  latest(key: string): unknown {
    return this.#pending.has(key) ? this.#pending.get(key) : this.peek(key);
  }

  /** True while a value for `key` waits for the next frame. */
  hasPending(key: string): boolean {
    return this.#pending.has(key);
  }

  /** Sets every value at once, bypassing coalescing: used for the snapshot a `welcome` carries. */
  setAll(values: ValueMap): void {
    for (const [key, value] of Object.entries(values)) {
      this.#pending.delete(key);
      this.signal(key).set(value);
    }
  }

  /** Applies server values: each key's first change in a frame at once, later ones on the next frame. */
  apply(values: ValueMap): void {
    for (const [key, value] of Object.entries(values)) {
      if (this.#changedThisFrame.has(key)) {
        this.#pending.set(key, value);
      } else {
        this.#changedThisFrame.add(key);
        this.signal(key).set(value);
      }
    }
    this.#requestFrame();
  }

  /**
   * Sets a value the user just produced. It shows at once and drops any server value still held back
   * for the key, which is older than what the user did.
   */
  setLocal(key: string, value: unknown): void {
    this.#pending.delete(key);
    this.signal(key).set(value);
  }

  #requestFrame(): void {
    if (this.#frameRequested || this.#changedThisFrame.size === 0) return;
    this.#frameRequested = true;
    this.#scheduleFrame(() => this.#onFrame());
  }

  #onFrame(): void {
    this.#frameRequested = false;
    this.#changedThisFrame.clear();
    // What was held back becomes this frame's one change for its key.
    const held = [...this.#pending];
    this.#pending.clear();
    for (const [key, value] of held) {
      this.#changedThisFrame.add(key);
      this.signal(key).set(value);
    }
    this.#requestFrame();
  }
}
