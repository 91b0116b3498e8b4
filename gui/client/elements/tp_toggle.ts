/**
 * `<|{dark}|toggle|label=Dark mode|>` is a switch; `<|{view}|toggle|lov=Table;Chart|>` is a group of
 * buttons of which one is pressed; `<|toggle|theme|>` switches this tab between light and dark.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { toText } from "../coerce.ts";
import { lovId, toLov } from "../lov.ts";
import type { LovItem } from "../lov.ts";
import { TapirElement } from "../tapir_element.ts";
import { currentTheme, setTheme } from "../theme.ts";

/** The `toggle` element. */
export class TpToggle extends TapirElement {
  protected override renderElement(): unknown {
    if (this.propBoolean("theme", false)) return this.#renderTheme();
    const items = toLov(this.prop("lov"));
    return items.length === 0 ? this.#renderSwitch() : this.#renderGroup(items);
  }

  #renderSwitch(): unknown {
    const label = this.propText("label");
    return html`<label class="tp-switch"><input
        type="checkbox"
        role="switch"
        class="tp-switch-control"
        .checked=${live(this.propBoolean("value", false))}
        ?disabled=${!this.isActive()}
        @change=${(event: Event) => this.write("value", (event.target as HTMLInputElement).checked)}
      /><span class="tp-switch-track" aria-hidden="true"></span>${
      label === "" ? nothing : html`<span class="tp-switch-label">${label}</span>`
    }</label>`;
  }

  #renderGroup(items: LovItem[]): unknown {
    const value = this.prop("value");
    const selected = value === undefined || value === null ? undefined : lovId(value);
    const label = this.propText("label");
    const disabled = !this.isActive();
    return html`<div class="tp-toggle-group" role="group" aria-label=${label === "" ? nothing : label}>${
      label === "" ? nothing : html`<span class="tp-field-label" aria-hidden="true">${label}</span>`
    }${
      items.map((item) => {
        const pressed = toText(item.id) === selected;
        return html`<button
          type="button"
          class="tp-toggle-option"
          aria-pressed=${pressed ? "true" : "false"}
          ?disabled=${disabled}
          @click=${() => this.#choose(item, pressed)}
        >${item.label}</button>`;
      })
    }</div>`;
  }

  #choose(item: LovItem, pressed: boolean): void {
    if (!pressed) this.write("value", item.id);
    else if (this.propBoolean("allow_unselect", false)) this.write("value", this.prop("unselected_value", null));
  }

  /** Taipy's theme toggle: two buttons, light and dark; no state, the tab's page only. */
  #renderTheme(): unknown {
    const theme = currentTheme();
    const label = this.propText("label");
    const option = (name: "light" | "dark", text: string) =>
      html`<button
        type="button"
        class="tp-toggle-option"
        aria-pressed=${theme === name ? "true" : "false"}
        ?disabled=${!this.isActive()}
        @click=${() => {
        setTheme(name);
        this.requestUpdate();
      }}
      >${text}</button>`;
    return html`<div class="tp-toggle-group tp-theme-toggle" role="group" aria-label=${label === "" ? "Theme" : label}>${
      label === "" ? nothing : html`<span class="tp-field-label" aria-hidden="true">${label}</span>`
    }${option("light", "☀ Light")}${option("dark", "☾ Dark")}</div>`;
  }
}

if (!customElements.get("tp-toggle")) customElements.define("tp-toggle", TpToggle);
