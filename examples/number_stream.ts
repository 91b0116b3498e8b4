/**
 * Splits a byte stream from a sender into numbers. Two framings are accepted: one number per line (Tapir's
 * sender), and the tutorial's Python sender, which writes bare digits with no separator, one number per
 * write. A trailing token with no newline is therefore held for a short pause: more bytes within it continue
 * the number (a number split across writes), silence ends it.
 */
export interface NumberStreamOptions {
  onNumber(value: number): void;
  /** A token that is not a number; it is skipped. */
  onGarbage(token: string): void;
  /** How long an unterminated token may wait for the rest of it, in ms. */
  pauseMs?: number;
  /** Longest token kept; longer input without a separator is garbage (bounds memory per sender). */
  maxTokenLength?: number;
}

export class NumberStreamDecoder {
  #partial = "";
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #decoder = new TextDecoder();
  readonly #options: NumberStreamOptions;

  constructor(options: NumberStreamOptions) {
    this.#options = options;
  }

  push(chunk: Uint8Array): void {
    this.#cancelTimer();
    const text = this.#partial + this.#decoder.decode(chunk, { stream: true });
    const tokens = text.split(/[\s,;]+/);
    this.#partial = tokens.pop() ?? "";
    for (const token of tokens) this.#emit(token);
    if (this.#partial.length > (this.#options.maxTokenLength ?? 64)) {
      this.#options.onGarbage(`${this.#partial.slice(0, 40)}...`);
      this.#partial = "";
    }
    if (this.#partial !== "") {
      this.#timer = setTimeout(() => this.end(), this.#options.pauseMs ?? 50);
    }
  }

  /** The sender closed or paused: whatever is held is a whole token. */
  end(): void {
    this.#cancelTimer();
    const rest = this.#partial + this.#decoder.decode();
    this.#partial = "";
    for (const token of rest.split(/[\s,;]+/)) this.#emit(token);
  }

  #emit(token: string): void {
    if (token === "") return;
    const value = Number(token);
    if (Number.isFinite(value)) this.#options.onNumber(value);
    else this.#options.onGarbage(token.length > 40 ? `${token.slice(0, 40)}...` : token);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
