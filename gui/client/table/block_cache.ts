/**
 * The rows of a table that loads on demand (`auto_loading`), kept in blocks of a fixed size: a row the
 * table renders and does not have asks for its block, once. When the data grows at its end, full blocks
 * stay and only the last, partial one is fetched again; any other change empties the cache.
 */
import type { PageAnswer, PageRow, TableSummary } from "../../protocol/table_wire.ts";

/** Fetches rows `start` to `start + count`; undefined when the request failed. */
export type BlockFetcher = (start: number, count: number) => Promise<PageAnswer | undefined>;

/**
 * @example
 * ```ts
 * const cache = new BlockCache(100, fetchRows, () => table.requestUpdate());
 * cache.sync(summary, "columns+sort", false);
 * cache.row(250); // undefined now; block 2 is on its way, and `changed` runs when it is there
 * ```
 */
export class BlockCache {
  /** Rows in the (filtered) data: what the scroll area is sized for. */
  total = 0;
  readonly #size: number;
  readonly #fetch: BlockFetcher;
  readonly #changed: () => void;
  readonly #blocks = new Map<number, PageRow[]>();
  /** Blocks on their way, each with the token its answer must match to be kept. */
  readonly #pending = new Map<number, object>();
  #key: string | undefined;
  #lineage = -1;
  #version = -1;

  constructor(size: number, fetch: BlockFetcher, changed: () => void) {
    this.#size = size;
    this.#fetch = fetch;
    this.#changed = changed;
  }

  /** Brings the cache in line with the data's summary and the table's columns, sort and filters (`key`). */
  sync(summary: TableSummary, key: string, reordered: boolean): void {
    if (summary.version === this.#version && key === this.#key) return;
    const grew = key === this.#key && !reordered && summary.lineage === this.#lineage &&
      summary.count >= this.total;
    if (grew) {
      // Only the last block can have been partial; every full block is still right.
      const partial = Math.floor(this.total / this.#size);
      this.#drop((block) => block >= partial);
    } else {
      this.#drop(() => true);
    }
    this.#key = key;
    this.#lineage = summary.lineage;
    this.#version = summary.version;
    if (!reordered) this.total = summary.count;
    else this.#load(0);
  }

  /** Row `position` (in display order), or undefined while its block loads. */
  row(position: number): PageRow | undefined {
    const block = Math.floor(position / this.#size);
    const rows = this.#blocks.get(block);
    if (rows === undefined) {
      this.#load(block);
      return undefined;
    }
    return rows[position - block * this.#size];
  }

  /** Blocks held, for tests. */
  get blockCount(): number {
    return this.#blocks.size;
  }

  #load(block: number): void {
    if (this.#pending.has(block)) return;
    const token = {};
    this.#pending.set(block, token);
    void this.#fetch(block * this.#size, this.#size).then((answer) => {
      if (this.#pending.get(block) !== token) return;
      this.#pending.delete(block);
      if (answer === undefined) return;
      this.#blocks.set(block, answer.rows);
      this.total = answer.total;
      this.#changed();
    });
  }

  #drop(which: (block: number) => boolean): void {
    for (const block of [...this.#blocks.keys()]) if (which(block)) this.#blocks.delete(block);
    for (const block of [...this.#pending.keys()]) if (which(block)) this.#pending.delete(block);
  }
}
