/**
 * One tick per line of JSON over TCP. JSON never contains a raw newline, so a line is exactly one tick: a
 * tick split across reads is joined, several in one read are separated, and no reading is ever split or
 * merged. A line too long to be a tick is dropped rather than buffered without bound.
 */
export interface TickReaderOptions<T> {
  onTick(tick: T): void;
  onBadLine(reason: string): void;
  /** Checks a parsed line; returns the tick, or undefined to reject it. */
  accept(value: unknown): T | undefined;
  maxLineBytes?: number;
}

export function encodeTick(tick: unknown): string {
  return `${JSON.stringify(tick)}\n`;
}

export class TickReader<T> {
  #buffer = "";
  #skipping = false;
  readonly #decoder = new TextDecoder();
  readonly #options: TickReaderOptions<T>;

  constructor(options: TickReaderOptions<T>) {
    this.#options = options;
  }

  push(chunk: Uint8Array): void {
    this.#buffer += this.#decoder.decode(chunk, { stream: true });
    let newline = this.#buffer.indexOf("\n");
    while (newline >= 0) {
      const line = this.#buffer.slice(0, newline);
      this.#buffer = this.#buffer.slice(newline + 1);
      if (this.#skipping) this.#skipping = false;
      else this.#line(line);
      newline = this.#buffer.indexOf("\n");
    }
    if (this.#buffer.length > (this.#options.maxLineBytes ?? 8 << 20)) {
      this.#options.onBadLine("a line longer than the limit was dropped");
      this.#buffer = "";
      this.#skipping = true;
    }
  }

  #line(line: string): void {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.#options.onBadLine("a line that is not JSON was skipped");
      return;
    }
    const tick = this.#options.accept(value);
    if (tick === undefined) this.#options.onBadLine("a line that is not a tick was skipped");
    else this.#options.onTick(tick);
  }
}
