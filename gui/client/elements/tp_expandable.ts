/**
 * `<|Details|expandable|expanded={open}|` ... `|>`: a native `<details>` around the block's server-rendered
 * content, so keyboard and screen readers get a real disclosure widget. Folding writes `expanded` back.
 */
import { html } from "lit";
import { live } from "lit/directives/live.js";
import { adoptChildren } from "../block_body.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `expandable` element. */
export class TpExpandable extends TapirElement {
  #body: HTMLDivElement | undefined;

  override connectedCallback(): void {
    this.#body ??= adoptChildren(this, "tp-expandable-body");
    super.connectedCallback();
  }

  protected override renderElement(): unknown {
    return html`
      <details
        class="tp-expandable"
        .open=${live(this.propBoolean("expanded", true))}
        @toggle=${this.#onToggle}
      ><summary class="tp-expandable-title" aria-disabled=${this.isActive() ? "false" : "true"} @click=${this
        .#onSummaryClick}>${this.propText("title")}</summary>${this.#body}</details>
    `;
  }

  #onSummaryClick = (event: Event): void => {
    if (!this.isActive()) event.preventDefault();
  };

  // Fires after the user's click and after Lit sets `open`: only a real change is written.
  #onToggle = (event: Event): void => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.propBoolean("expanded", true)) return;
    // Bound to a computed value, the block still folds for the user until the value changes.
    this.write("expanded", open);
  };
}

if (!customElements.get("tp-expandable")) customElements.define("tp-expandable", TpExpandable);
