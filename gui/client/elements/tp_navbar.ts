/**
 * `<|navbar|>`: a list of links to the application's pages, the current one marked with
 * `aria-current="page"`. The links are plain anchors: the navigator makes a click a navigation without
 * reload, and a middle click or "open in new tab" works as on any link.
 */
import { html, nothing } from "lit";
import { pageNameOf, pagePath } from "../../protocol/navigation.ts";
import { toText } from "../coerce.ts";
import { currentPage } from "../current_page.ts";
import { toLov } from "../lov.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `navbar` element. */
export class TpNavbar extends TapirElement {
  protected override renderElement(): unknown {
    const shown = currentPage().get();
    const active = this.isActive();
    const items = toLov(this.prop("lov")).map((item) => ({
      page: pageNameOf(toText(item.id)),
      label: item.label,
    }));
    return html`
      <nav class="tp-navbar" aria-label="Pages">
        <ul class="tp-navbar-list">
              ${items.map(({ page, label }) => {
                const current = page === shown ? "page" : nothing;
                return html`<li>${
                  active
                    ? html`<a class="tp-navbar-link" href=${
                      pagePath(page)
                    } aria-current=${current}>${label}</a>`
                    : html`<span class="tp-navbar-link" aria-disabled="true" aria-current=${current}>${label}</span>`
                }</li>`;
              })}
            </ul>
      </nav>
    `;
  }
}

if (!customElements.get("tp-navbar")) customElements.define("tp-navbar", TpNavbar);
