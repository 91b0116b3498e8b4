/**
 * Keeps a paged table's rows in line with what it should show, one request at a time: a page asked for
 * while another is on its way waits, and is then planned against the newest data (see plan_page.ts).
 */
import type { PageAnswer, PageRow } from "../../protocol/table_wire.ts";
import { planPage, type ShownPage, type WantedPage } from "./plan_page.ts";

/** Fetches rows `start` to `start + count` with the table's current columns, sort and filters. */
export type RowFetcher = (start: number, count: number) => Promise<PageAnswer | undefined>;

/**
 * @example
 * ```ts
 * const loader = new PageLoader(fetchRows, () => table.requestUpdate());
 * loader.want({ summary, start: 0, size: 100, key, reordered: false });
 * loader.rows; // filled when the answer is there
 * ```
 */
export class PageLoader {
  rows: PageRow[] = [];
  /** Rows after filtering: what the pager counts. */
  total = 0;
  /** True once the first page arrived. */
  loaded = false;
  readonly #fetch: RowFetcher;
  readonly #changed: () => void;
  #shown: ShownPage | undefined;
  #wanted: WantedPage | undefined;
  #running = false;
  #again = false;

  constructor(fetch: RowFetcher, changed: () => void) {
    this.#fetch = fetch;
    this.#changed = changed;
  }

  /** Asks for a page; cheap when it is the page already shown. */
  want(wanted: WantedPage): void {
    this.#wanted = wanted;
    // Later, not now: a table asks while it renders, and the answer must not re-render it mid-render.
    queueMicrotask(() => void this.#run());
  }

  async #run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    try {
      do {
        this.#again = false;
        await this.#step();
      } while (this.#again);
    } finally {
      this.#running = false;
    }
  }

  async #step(): Promise<void> {
    const wanted = this.#wanted;
    if (wanted === undefined) return;
    const { summary } = wanted;
    const plan = planPage(this.#shown, wanted);
    if (plan.kind === "none") {
      if (this.#shown !== undefined && this.#shown.version !== summary.version) {
        this.#shown = { ...this.#shown, version: summary.version };
        if (!wanted.reordered && this.total !== summary.count) {
          this.total = summary.count;
          this.#changed();
        }
      }
      return;
    }
    const tail = plan.kind === "tail";
    const answer = tail
      ? await this.#fetch(plan.start, plan.count)
      : await this.#fetch(wanted.start, wanted.size);
    if (answer === undefined) return;
    this.rows = tail ? [...this.rows, ...answer.rows] : answer.rows;
    this.total = answer.total;
    this.loaded = true;
    this.#shown = {
      version: summary.version,
      lineage: summary.lineage,
      start: wanted.start,
      size: wanted.size,
      rowCount: this.rows.length,
      key: wanted.key,
    };
    this.#changed();
    if (this.#wanted !== wanted) this.#again = true;
  }
}
