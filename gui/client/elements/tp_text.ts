/**
 * `<|{value}|text|format=%.2f|mode=pre|>`: shows a value as text. Values are always text nodes, never
 * HTML, whatever they contain. With `mode=markdown` the server sends the value rendered as HTML without
 * raw HTML or unsafe links, and it is sanitised here once more before it is shown.
 */
import { html } from "lit";
import { formatValue } from "../format_value.ts";
import { TapirElement } from "../tapir_element.ts";

/** The sanitiser, loaded with DOMPurify on the first Markdown text: pages without one never fetch it. */
let sanitizeHtml: ((html: string) => DocumentFragment) | undefined;
let loading: Promise<void> | undefined;

/** The `text` element. */
export class TpText extends TapirElement {
  /** The last rendered Markdown and its nodes, so that other re-renders keep them. */
  #markdown: { html: string; nodes: DocumentFragment } | undefined;

  protected override renderElement(): unknown {
    const style = this.sizeStyle();
    const mode = this.propText("mode");
    if (mode === "markdown") {
      return html`<div class="tp-text tp-markdown" style=${style}>${this.#markdownNodes()}</div>`;
    }
    const format = this.propText("format");
    const text = formatValue(this.prop("value"), format === "" ? undefined : format);
    if (mode === "pre") return html`<pre class="tp-text" style=${style}>${text}</pre>`;
    return html`<span class="tp-text" style=${style}>${text}</span>`;
  }

  /** The sanitised nodes of the value; nothing until the sanitiser has loaded (then it renders again). */
  #markdownNodes(): DocumentFragment | undefined {
    const source = this.propText("value");
    if (this.#markdown?.html === source) return this.#markdown.nodes;
    if (sanitizeHtml === undefined) {
      loading ??= import("../safe_html.ts").then((module) => void (sanitizeHtml = module.sanitizeHtml));
      void loading.then(() => this.requestUpdate());
      return undefined;
    }
    this.#markdown = { html: source, nodes: sanitizeHtml(source) };
    return this.#markdown.nodes;
  }
}

if (!customElements.get("tp-text")) customElements.define("tp-text", TpText);
