/**
 * Slots: the places in a compiled page that other compiled pages fill when a view is composed. The root
 * page's `<|content|>` takes the current page; a `part` with `partial=name` takes that partial's content.
 *
 * In a compiled page's HTML a slot is an empty container holding a sentinel `\u0000N\u0000` (N indexes the
 * page's `slots`). Markdown never yields U+0000 (markdown-it replaces it), and the builder refuses it, so
 * the sentinel cannot be mistaken for page text.
 */
import type { SourcePosition } from "../errors.ts";

/** One slot of a compiled page, in document order. */
export type PageSlot =
  | { kind: "content"; position: SourcePosition }
  | { kind: "partial"; name: string; position: SourcePosition };

const SENTINEL = /\u0000(\d+)\u0000/g;

/**
 * The HTML of slot `index`: its container, which the browser finds by `data-tp-slot` when it swaps the
 * slot's content, and the sentinel the server fills.
 *
 * @example
 * ```ts
 * slotHtml({ kind: "content", position: { line: 1, column: 1 } }, 0);
 * // '<div class="tapir-content" data-tp-slot="content">\u00000\u0000</div>'
 * ```
 */
export function slotHtml(slot: PageSlot, index: number): string {
  const sentinel = `\u0000${index}\u0000`;
  return slot.kind === "content"
    ? `<div class="tapir-content" data-tp-slot="content">${sentinel}</div>`
    : `<div class="tapir-partial" data-tp-slot="partial">${sentinel}</div>`;
}

/**
 * Replaces every slot sentinel of `html` with what `fill(index)` returns.
 *
 * @example
 * ```ts
 * fillSlots(page.html, (index) => index === 0 ? "<p>home</p>" : "");
 * ```
 */
export function fillSlots(html: string, fill: (index: number) => string): string {
  return html.replace(SENTINEL, (_match, index: string) => fill(Number(index)));
}

/** True when `text` contains a character that would read as a slot sentinel. */
export function hasSentinelCharacter(text: string): boolean {
  return text.includes("\u0000");
}
