/**
 * The contents file_download elements and `download()` hand out, each under an unguessable token. Entries
 * belong to an owner (a client's session) and die with it: the session registry releases an owner when its
 * state is freed, and the collector does for an owner that was never released. A token may also be
 * limited to one use and a lifetime (what `download()` gives: a link for one fetch by one tab, not a
 * capability that works for any holder, many times).
 */

/** What a token serves. */
export interface DownloadEntry {
  body: Uint8Array | Blob;
  /** The content type to serve it with. */
  type: string;
}

/** How long and how often a token answers; by default as long as its owner's slot holds it, any number of times. */
export interface DownloadTokenOptions {
  /** The first fetch consumes the token. */
  once?: boolean;
  /** The token stops answering this many ms after it was registered. */
  lifetimeMs?: number;
}

interface StoredEntry extends DownloadEntry {
  once: boolean;
  expiresAt: number;
  owner: object;
  slot: object;
}

/** One owner's tokens, by slot (one slot per element that shows a download). */
type OwnerSlots = Map<object, { token: string; content: unknown }>;

/**
 * Tokens -> contents, with per-owner slots so that a new content replaces (and revokes) the old one.
 *
 * @example
 * ```ts
 * const registry = new DownloadRegistry();
 * const owner = {};
 * const element = {};
 * const token = registry.register(owner, element, new TextEncoder().encode("a,b"), "text/csv");
 * registry.get(token)?.type; // "text/csv"
 * ```
 */
export class DownloadRegistry {
  readonly #entries = new Map<string, StoredEntry>();
  readonly #owners = new WeakMap<object, OwnerSlots>();
  readonly #now: () => number;
  // When an owner is collected unreleased, its tokens are dropped from #entries (the slots map is the held value).
  readonly #finalizer = new FinalizationRegistry<OwnerSlots>((slots) => {
    for (const { token } of slots.values()) this.#entries.delete(token);
  });

  /** `now` is the clock lifetimes are measured on (ms); tests give their own. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The token a slot of `owner` already gives `content`, if it is the very same content. */
  tokenFor(owner: object, slot: object, content: unknown): string | undefined {
    const current = this.#owners.get(owner)?.get(slot);
    return current !== undefined && current.content === content && this.get(current.token) !== undefined
      ? current.token
      : undefined;
  }

  /** Serves `body` under a new token for `owner`'s `slot`, revoking what the slot served before. */
  register(
    owner: object,
    slot: object,
    body: Uint8Array | Blob,
    type: string,
    content: unknown = body,
    options: DownloadTokenOptions = {},
  ): string {
    let slots = this.#owners.get(owner);
    if (slots === undefined) {
      slots = new Map();
      this.#owners.set(owner, slots);
      this.#finalizer.register(owner, slots, slots);
    }
    this.revoke(owner, slot);
    const token = randomToken();
    const expiresAt = options.lifetimeMs === undefined ? Infinity : this.#now() + options.lifetimeMs;
    this.#entries.set(token, { body, type, once: options.once === true, expiresAt, owner, slot });
    slots.set(slot, { token, content });
    return token;
  }

  /** Stops serving what `owner`'s `slot` serves. */
  revoke(owner: object, slot: object): void {
    const slots = this.#owners.get(owner);
    const current = slots?.get(slot);
    if (current === undefined) return;
    this.#entries.delete(current.token);
    slots?.delete(slot);
  }

  /** Stops serving every token of `owner`: its state is gone. */
  releaseOwner(owner: object): void {
    const slots = this.#owners.get(owner);
    if (slots === undefined) return;
    for (const { token } of slots.values()) this.#entries.delete(token);
    this.#owners.delete(owner);
    this.#finalizer.unregister(slots);
  }

  /** What `token` serves now, without using it up. */
  get(token: string): DownloadEntry | undefined {
    return this.#live(token);
  }

  /** What `token` serves, for a fetch: a one-use token stops answering once taken. */
  take(token: string): DownloadEntry | undefined {
    const entry = this.#live(token);
    if (entry?.once === true) this.revoke(entry.owner, entry.slot);
    return entry;
  }

  /** The entry of `token` unless it expired (an expired one is dropped when found). */
  #live(token: string): StoredEntry | undefined {
    const entry = this.#entries.get(token);
    if (entry === undefined) return undefined;
    if (this.#now() < entry.expiresAt) return entry;
    this.revoke(entry.owner, entry.slot);
    return undefined;
  }

  /** Number of tokens registered and not yet revoked, used up or released (expired ones count until asked for). */
  get size(): number {
    return this.#entries.size;
  }
}

/** The registry of the process: tokens are unguessable, so every Gui of the process may share it. */
export const downloadRegistry: DownloadRegistry = new DownloadRegistry();

/** 192 random bits, URL-safe. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_");
}
