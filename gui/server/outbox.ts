/**
 * What one client is owed, in order. Values wait in a pending map (latest value per key wins) until the
 * socket can take them; each send becomes a numbered patch kept in a bounded replay buffer, so a tab that
 * reconnects gets exactly the patches it missed, or a full snapshot when the buffer no longer covers them.
 * A slow or absent client therefore costs one value per key, never an unbounded queue.
 */
import type { PatchMessage, ServerMessage, ValueMap } from "../protocol/messages.ts";
import type { ValueDelta } from "../protocol/value_delta.ts";
import { computeDelta } from "./compute_delta.ts";

/** The socket as the outbox sees it. */
export interface Channel {
  send(text: string): void;
  /** Bytes accepted but not yet written to the network. */
  bufferedAmount(): number;
  close(code: number, reason: string): void;
}

export interface OutboxOptions {
  /** Patches kept for replay, at most. */
  replayLimit?: number;
  /**
   * Bytes of patches kept for replay, at most. A tab that missed more gets a full snapshot instead, which
   * is never larger than the values it shows; this keeps an idle client's cost small and fixed.
   */
  replayLimitBytes?: number;
  /** Above this many buffered bytes, values wait (and coalesce) instead of being sent. */
  highWaterBytes?: number;
  /** How long to wait before trying a backed-up socket again. */
  retryMs?: number;
  /**
   * Called when a message cannot be sent because it cannot be serialised (a BigInt, a cyclic object, a
   * value nested too deep for JSON.stringify). The message is dropped; without this the error is thrown.
   */
  onFault?: (error: unknown) => void;
}

/** Errors kept for a tab that is not connected; older ones give way. */
const MAX_HELD_ERRORS = 8;

export class Outbox {
  #seq = 0;
  /** Sent patches, as the JSON text that went out (replaying re-sends the same bytes). */
  #replay: string[] = [];
  #replayBytes = 0;
  #pending: ValueMap = {};
  #pendingCount = 0;
  /** Errors raised while no channel was attached, sent after the next welcome. */
  #heldErrors: ServerMessage[] = [];
  /** Arrays and objects as last sent, the base of the next delta for their key. */
  readonly #sent = new Map<string, unknown>();
  #channel: Channel | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #replayLimit: number;
  readonly #replayLimitBytes: number;
  readonly #highWaterBytes: number;
  readonly #retryMs: number;
  readonly #onFault: (error: unknown) => void;

  constructor(options: OutboxOptions = {}) {
    this.#replayLimit = options.replayLimit ?? 256;
    this.#replayLimitBytes = options.replayLimitBytes ?? 16 * 1024;
    this.#highWaterBytes = options.highWaterBytes ?? 1 << 20;
    this.#retryMs = options.retryMs ?? 16;
    this.#onFault = options.onFault ?? ((error) => {
      throw error;
    });
  }

  get seq(): number {
    return this.#seq;
  }

  get channel(): Channel | undefined {
    return this.#channel;
  }

  /** Queues values and sends them as soon as the channel can take them. */
  push(values: ValueMap): void {
    for (const key in values) {
      if (!(key in this.#pending)) this.#pendingCount++;
      this.#pending[key] = values[key];
    }
    this.#drain();
  }

  /**
   * Sends a message outside the numbered stream (errors, notices). Without a channel, errors wait for the
   * next one (a few of them: a failing onInit runs before its tab's connection is attached); others are
   * dropped.
   */
  sendUnnumbered(message: ServerMessage): void {
    if (this.#channel !== undefined) {
      let text: string;
      try {
        text = JSON.stringify(message);
      } catch (error) {
        return this.#onFault(error);
      }
      this.#channel.send(text);
    } else if (message.type === "error" && this.#heldErrors.push(message) > MAX_HELD_ERRORS) this.#heldErrors.shift();
  }

  /**
   * Attaches a (re)connected channel. Returns the patches after `lastSeq` when the replay buffer holds all
   * of them, or undefined when the client needs a full snapshot instead.
   */
  attach(channel: Channel, lastSeq: number): string[] | undefined {
    this.detach();
    this.#channel = channel;
    if (lastSeq < 0 || lastSeq > this.#seq) return undefined;
    const missed = this.#seq - lastSeq;
    if (missed === 0) return [];
    if (missed > this.#replay.length) return undefined;
    return this.#replay.slice(this.#replay.length - missed);
  }

  /** After a full snapshot the pending values are already in it. */
  clearPending(): void {
    this.#pending = {};
    this.#pendingCount = 0;
  }

  /** Values the client received whole (a snapshot): later deltas build on them. */
  recordSent(values: ValueMap): void {
    this.#sent.clear();
    for (const key in values) this.#rememberSent(key, values[key]);
  }

  /**
   * What was sent for these keys changed in place since: it can no longer be the base of a delta, so their
   * next values travel whole.
   */
  forgetSent(keys: Iterable<string>): void {
    for (const key of keys) this.#sent.delete(key);
  }

  /** The client set this value itself (a write-back): later deltas for the key build on it. */
  recordClientValue(key: string, value: unknown): void {
    this.#rememberSent(key, value);
  }

  /** Sends what is pending, if anything; call after attach() and the welcome. */
  resume(): void {
    const held = this.#heldErrors.splice(0);
    for (const message of held) this.sendUnnumbered(message);
    this.#drain();
  }

  detach(): void {
    this.#channel = undefined;
    if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  #drain(): void {
    const channel = this.#channel;
    if (channel === undefined || this.#pendingCount === 0 || this.#retryTimer !== undefined) return;
    if (channel.bufferedAmount() > this.#highWaterBytes) {
      this.#retryTimer = setTimeout(() => {
        this.#retryTimer = undefined;
        this.#drain();
      }, this.#retryMs);
      return;
    }
    const pending = this.#pending;
    this.clearPending();
    let text: string;
    try {
      text = JSON.stringify(this.#patchOf(pending));
    } catch (error) {
      // Runs in a microtask or a timer: a throw here would reach no caller (and end a Node process). The
      // values are dropped, and what was recorded as sent for them no longer is.
      this.forgetSent(Object.keys(pending));
      return this.#onFault(error);
    }
    this.#seq++;
    this.#replay.push(text);
    this.#replayBytes += text.length;
    while (
      this.#replay.length > this.#replayLimit ||
      (this.#replayBytes > this.#replayLimitBytes && this.#replay.length > 0)
    ) {
      this.#replayBytes -= this.#replay.shift()?.length ?? 0;
    }
    channel.send(text);
  }

  /** Numbers the pending values (with the next seq, taken by the caller once serialised), turning grown arrays into deltas against what was last sent. */
  #patchOf(pending: ValueMap): PatchMessage {
    const values: ValueMap = {};
    let deltas: Record<string, ValueDelta> | undefined;
    for (const key in pending) {
      const value = pending[key];
      const delta = this.#sent.has(key) ? computeDelta(this.#sent.get(key), value) : undefined;
      if (delta === undefined) values[key] = value;
      else (deltas ??= {})[key] = delta;
      this.#rememberSent(key, value);
    }
    // Numbered only once serialised: a patch that failed must not leave a gap in the sequence.
    const patch: PatchMessage = { type: "patch", seq: this.#seq + 1, values };
    if (deltas !== undefined) patch.deltas = deltas;
    return patch;
  }

  #rememberSent(key: string, value: unknown): void {
    if (typeof value === "object" && value !== null) this.#sent.set(key, value);
    else this.#sent.delete(key);
  }
}
