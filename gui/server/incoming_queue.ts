/**
 * A connection's incoming messages, handled one at a time in the order they arrived, within bounds: at
 * most `maxFrames` frames and `maxBytes` characters wait behind the one being handled (a slow callback), so
 * a client cannot make the server hold its frames without limit. Clearing it (the connection ended) lets
 * go of every waiting frame at once.
 */

export interface IncomingQueueOptions<T> {
  maxFrames: number;
  maxBytes: number;
  /** Handles one item; the next waits for it. */
  handle(item: T): void | Promise<void>;
  /** Called when handling an item threw: the queue goes on with the next one. */
  onFailure(error: unknown, item: T): void;
  /** After `busyAfterMs` of handling one item: `busy(true)`, then `busy(false)` when it ends. */
  busy?: (active: boolean) => void;
  busyAfterMs?: number;
}

interface Waiting<T> {
  item: T;
  size: number;
}

/**
 * A bounded FIFO of work.
 *
 * @example
 * ```ts
 * const queue = new IncomingQueue<string>({ maxFrames: 256, maxBytes: 4 << 20, handle, onFailure });
 * if (!queue.push(text, text.length)) ws.close(CLOSE_BACKLOG, "too many messages waiting");
 * ```
 */
export class IncomingQueue<T> {
  readonly #options: IncomingQueueOptions<T>;
  #waiting: Waiting<T>[] = [];
  #bytes = 0;
  #running = false;
  #stuck = false;
  #cleared = false;

  constructor(options: IncomingQueueOptions<T>) {
    this.#options = options;
  }

  /** Frames waiting (not counting the one being handled). */
  get length(): number {
    return this.#waiting.length;
  }

  /** Characters of the frames waiting. */
  get bytes(): number {
    return this.#bytes;
  }

  /** True while one item has been handled for longer than `busyAfterMs`. */
  get stuck(): boolean {
    return this.#stuck;
  }

  /** Adds an item of `size` characters; false (and the item is not kept) when that would pass a bound. */
  push(item: T, size: number): boolean {
    if (this.#cleared) return true;
    const { maxFrames, maxBytes } = this.#options;
    if (this.#waiting.length >= maxFrames || this.#bytes + size > maxBytes) return false;
    this.#waiting.push({ item, size });
    this.#bytes += size;
    if (!this.#running) void this.#run();
    return true;
  }

  /** Drops every waiting item for good; the one being handled finishes on its own. */
  clear(): void {
    this.#cleared = true;
    this.#waiting = [];
    this.#bytes = 0;
  }

  async #run(): Promise<void> {
    this.#running = true;
    for (let next = this.#waiting.shift(); next !== undefined; next = this.#waiting.shift()) {
      this.#bytes -= next.size;
      const timer = this.#startBusyTimer();
      try {
        await this.#options.handle(next.item);
      } catch (error) {
        this.#options.onFailure(error, next.item);
      } finally {
        clearTimeout(timer);
        if (this.#stuck) {
          this.#stuck = false;
          this.#options.busy?.(false);
        }
      }
    }
    this.#running = false;
  }

  #startBusyTimer(): ReturnType<typeof setTimeout> | undefined {
    const { busy, busyAfterMs } = this.#options;
    if (busy === undefined || busyAfterMs === undefined) return undefined;
    return setTimeout(() => {
      this.#stuck = true;
      busy(true);
    }, busyAfterMs);
  }
}
