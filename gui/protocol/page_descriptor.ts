/**
 * What the server embeds in a page (as JSON in `<script type="application/json" id="tapir-page">`) so that
 * the browser's components know what to show. Each element in the HTML is `<tp-TYPE data-tp="N">` where N
 * indexes `elements`.
 */

export interface ElementDescriptor {
  /** Element type, e.g. "slider". The custom element is `tp-slider`. */
  type: string;
  /** Static property values, already coerced to their types (numbers, booleans, strings, lists). */
  props: Record<string, unknown>;
  /** Dynamic properties: property name -> binding key whose value the property shows. */
  bindings: Record<string, string>;
  /**
   * Properties the element writes back, with the binding key to write to. Only direct bindings
   * (`{x}`, `{a.b}`, `{a[0]}`) appear here: computed ones are read-only.
   */
  writes: Record<string, string>;
  /** True when the element has an action the server will run (a button's on_action, or the global one). */
  action?: boolean;
}

export interface PageDescriptor {
  /** The page's name ("/" for the root page). */
  page: string;
  elements: ElementDescriptor[];
}

/** The id of the script tag that carries the descriptor. */
export const PAGE_DESCRIPTOR_ID = "tapir-page";
