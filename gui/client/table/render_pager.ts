/**
 * The pager under a paged table: first, previous, next and last page buttons, the rows shown, and the page
 * size choice (`page_size_options`, plus "All" with `allow_all_rows`).
 */
import { html, type TemplateResult } from "lit";

/** A page size, or every row. */
export type PageSizeOption = number | "all";

export interface PagerContext {
  page: number;
  pageCount: number;
  /** Position of the first row shown. */
  start: number;
  shown: number;
  total: number;
  size: PageSizeOption;
  options: readonly PageSizeOption[];
  onPage(page: number): void;
  onSize(size: PageSizeOption): void;
}

/** Taipy's default `page_size_options`. */
export const DEFAULT_PAGE_SIZES: readonly number[] = [50, 100, 500];

/**
 * The page sizes offered: `options` as `"50;100;500"` or a list, with `size` (the current one) among them.
 *
 * @example
 * ```ts
 * pageSizeOptions("10;20", 15, true); // [10, 15, 20, "all"]
 * ```
 */
export function pageSizeOptions(options: unknown, size: number, allowAll: boolean): PageSizeOption[] {
  const given = typeof options === "string"
    ? options.split(/[;,]/)
    : Array.isArray(options)
    ? options
    : DEFAULT_PAGE_SIZES;
  const sizes = new Set<number>([size]);
  for (const option of given) {
    const number = Number(option);
    if (Number.isInteger(number) && number > 0) sizes.add(number);
  }
  const sorted: PageSizeOption[] = [...sizes].sort((a, b) => a - b);
  return allowAll ? [...sorted, "all"] : sorted;
}

export function renderPager(context: PagerContext): TemplateResult {
  const { page, pageCount, start, shown, total } = context;
  const last = Math.max(0, pageCount - 1);
  const range = total === 0
    ? "No rows"
    : `Rows ${start + 1}–${start + shown} of ${total.toLocaleString("en-US")}`;
  const button = (label: string, text: string, target: number, disabled: boolean) =>
    html`
      <button type="button" class="tp-table-page" aria-label=${label} ?disabled=${disabled}
        @click=${() => context.onPage(target)}>${text}</button>
    `;
  return html`<nav class="tp-table-pager" aria-label="Table pages">
    ${button("First page", "«", 0, page <= 0)}${button("Previous page", "‹", page - 1, page <= 0)}
    <span class="tp-table-range" aria-live="polite">${range}</span>
    ${button("Next page", "›", page + 1, page >= last)}${button("Last page", "»", last, page >= last)}
    <label class="tp-table-size">Rows per page <select @change=${(event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    context.onSize(value === "all" ? "all" : Number(value));
  }}>${
    context.options.map((option) =>
      html`<option value=${String(option)} ?selected=${option === context.size}>${
        option === "all" ? "All" : option
      }</option>`
    )
  }</select></label>
  </nav>`;
}
