/**
 * A partial: a named piece of page that every `part` with `partial=name` shows, and whose content can be
 * replaced for one tab. Made by `gui.addPartial(name, content)`.
 */
import type { PageText } from "../page/page_text.ts";
import { stateNavigation } from "../server/state_navigation.ts";

/**
 * A handle on a partial (Taipy's `Partial`; named so as not to shadow TypeScript's `Partial<T>`).
 *
 * @example
 * ```ts
 * const details = gui.addPartial("details", "Pick an item.");
 * // In a callback: show this tab something else in every part with partial=details.
 * details.update(state, "## {item.name}\n\n<|{item.price}|number|>");
 * ```
 */
export class PagePartial {
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  /**
   * Replaces what this partial shows in the tab of `state`, at once if it shows it (Markdown, or a builder
   * page). Compiles `content` now: a malformed one throws a TemplateSyntaxError to the caller and changes
   * nothing.
   */
  update(state: object, content: PageText): void {
    stateNavigation(state, "partial.update()").updatePartial(this.name, content);
  }
}
