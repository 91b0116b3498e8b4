/**
 * The contents file_download elements hand out, each under an unguessable token. Entries belong to an
 * owner (a client's session) and are held only as long as the owner lives: when a session is freed and
 * garbage collected, its tokens go with it, so content the app put in a state never outlives that state.
 */

/** What a token serves. */
export interface DownloadEntry {
  body: Uint8Array | Blob;
  /** The content type to serve it with. */
  type: string;
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
  readonly #entries = new Map<string, DownloadEntry>();
  readonly #owners = new WeakMap<object, OwnerSlots>();
  // When an owner is collected, its tokens are dropped from #entries (the slots map is the held value).
  readonly #finalizer = new FinalizationRegistry<OwnerSlots>((slots) => {
    for (const { token } of slots.values()) this.#entries.delete(token);
  });

  /** The token a slot of `owner` already gives `content`, if it is the very same content. */
  tokenFor(owner: object, slot: object, content: unknown): string | undefined {
    const current = this.#owners.get(owner)?.get(slot);
    return current !== undefined && current.content === content && this.#entries.has(current.token)
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
  ): string {
    let slots = this.#owners.get(owner);
    if (slots === undefined) {
      slots = new Map();
      this.#owners.set(owner, slots);
      this.#finalizer.register(owner, slots);
    }
    this.revoke(owner, slot);
    const token = randomToken();
    this.#entries.set(token, { body, type });
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

  get(token: string): DownloadEntry | undefined {
    return this.#entries.get(token);
  }

  /** Number of tokens served now. */
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
