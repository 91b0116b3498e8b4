/**
 * `<|menu|lov=Home;Reports|label=Go to|on_action=chosen|>`: a menu fixed along the left side of the page,
 * folded to a single button until opened. Choosing an entry sends the action `{ id, args: [id] }`.
 */
import { html } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { toCssLength, toText } from "../coerce.ts";
import { lovId, toLov } from "../lov.ts";
import type { LovItem } from "../lov.ts";
import { TapirElement } from "../tapir_element.ts";

let menuCount = 0;

/** The `menu` element. */
export class TpMenu extends TapirElement {
  #open = false;
  readonly #listId = `tp-menu-${++menuCount}`;

  protected override renderElement(): unknown {
    const label = this.propText("label");
    const inactive = new Set(toLov(this.prop("inactive_ids")).map((item) => lovId(item.id)));
    const disabled = !this.isActive();
    const open = this.#open;
    const width = toCssLength(this.prop("width"));
    return html`<nav
      class="tp-menu${open ? " tp-open" : ""}"
      aria-label=${label === "" ? "Menu" : label}
      style=${styleMap({ width: open && width !== "" ? width : undefined })}
      @keydown=${this.#onKeyDown}
    ><button
        type="button"
        class="tp-menu-toggle"
        aria-expanded=${open ? "true" : "false"}
        aria-controls=${this.#listId}
        title=${open ? "Fold the menu" : "Open the menu"}
        @click=${() => this.#setOpen(!open)}
      ><span class="tp-menu-icon" aria-hidden="true">☰</span>${
      label === "" ? html`<span class="tp-visually-hidden">Menu</span>` : html`<span class="tp-menu-label">${label}</span>`
    }</button><ul class="tp-menu-items" id=${this.#listId} ?hidden=${!open}>${
      toLov(this.prop("lov")).map((item) =>
        html`<li><button
          type="button"
          class="tp-menu-item"
          ?disabled=${disabled || inactive.has(lovId(item.id))}
          @click=${() => this.#choose(item)}
        >${item.label}</button></li>`
      )
    }</ul></nav>`;
  }

  #setOpen(open: boolean): void {
    this.#open = open;
    this.requestUpdate();
  }

  #choose(item: LovItem): void {
    // The id as the page gave it: a string from "A;B", or whatever value a bound list holds.
    const id = typeof item.id === "object" && item.id !== null ? toText(item.id) : item.id;
    this.act({ id, args: [id] });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || !this.#open) return;
    this.#setOpen(false);
    this.querySelector<HTMLButtonElement>(".tp-menu-toggle")?.focus();
  };
}

if (!customElements.get("tp-menu")) customElements.define("tp-menu", TpMenu);
