/**
 * The search box above a selector's or a tree's items (their `filter` property): typing narrows the items
 * shown, and `aria-controls` ties it to the list it filters.
 */
import { html } from "lit";
import { live } from "lit/directives/live.js";

/** What {@linkcode filterBox} shows and whom it tells. */
export interface FilterBoxOptions {
  /** The element's label, named in the box's accessible name. */
  label: string;
  /** The id of the list the box filters. */
  controls: string;
  value: string;
  disabled: boolean;
  onInput(text: string): void;
}

/**
 * A search `<input>` with the element's filter text.
 *
 * @example
 * ```ts
 * html`${filterBox({ label: "Country", controls: "list-1", value: "", disabled: false, onInput })}`;
 * ```
 */
export function filterBox(options: FilterBoxOptions): unknown {
  return html`
    <input
      type="search"
      class="tp-input-control tp-filter"
      placeholder="Search field"
      aria-label=${options.label === "" ? "Filter" : `Filter ${options.label}`}
      aria-controls=${options.controls}
      .value=${live(options.value)}
      ?disabled=${options.disabled}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
    />
  `;
}
